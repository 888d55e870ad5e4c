// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import type { AddressInfo } from 'node:net';
import type { ServerEvent } from '../protocol/events';
import type { ConnectionState } from '../protocol/connection-state';
import { ChatSocket, type WebSocketLike } from './chat-socket';

let server: WebSocketServer;
let url: string;
let received: string[];
let socket: ChatSocket | undefined;

const STATUS = JSON.stringify({
  type: 'status',
  status: { data_pushing: false, data_pulling: false, data_incoming: false },
  accounts: {
    '0': {
      name: 'john',
      network: { name: 'irc', displayName: 'IRC' },
      live: false,
      writable: true,
      ready: true,
    },
  },
});

function startServer(port = 0): Promise<void> {
  server = new WebSocketServer({ port, host: '127.0.0.1' });
  server.on('connection', (client) => {
    client.on('message', (data) => {
      const text = String(data);
      received.push(text);
      if (JSON.parse(text).type === 'status') client.send(STATUS);
    });
  });
  return new Promise((resolve) => server.on('listening', () => resolve()));
}

function stopServer(): Promise<void> {
  for (const client of server.clients) client.terminate();
  return new Promise((resolve) => server.close(() => resolve()));
}

function makeSocket(overrides: Partial<ConstructorParameters<typeof ChatSocket>[0]> = {}) {
  const states: ConnectionState[] = [];
  const events: ServerEvent[] = [];
  const created = new ChatSocket({
    url,
    createWebSocket: (address) => new WebSocket(address) as unknown as WebSocketLike,
    delayFor: () => 30,
    ...overrides,
  });
  created.on('state', (state) => states.push(state));
  created.on('event', (event) => events.push(event));
  socket = created;
  return { socket: created, states, events };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeEach(async () => {
  received = [];
  await startServer();
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws/1?token=t`;
});

afterEach(async () => {
  socket?.close();
  socket = undefined;
  await stopServer();
});

describe('ChatSocket against a real ws server', () => {
  it('sends status on open and delivers the parsed answer', async () => {
    const { socket, states, events } = makeSocket();
    socket.start();
    await until(() => events.length === 1, 'the status answer');
    expect(received).toEqual(['{"type":"status"}']);
    expect(states.map((s) => s.phase)).toEqual(['connecting', 'connected']);
    expect(events[0]).toMatchObject({ type: 'status', streamLive: false });
  });

  it('reconnects by itself after the server drops it, and asks for status again', async () => {
    const { socket, states, events } = makeSocket();
    socket.start();
    await until(() => events.length === 1, 'the first status');
    for (const client of server.clients) client.terminate();
    await until(() => events.length === 2, 'the status after reconnecting');
    expect(received).toEqual(['{"type":"status"}', '{"type":"status"}']);
    expect(states.map((s) => s.phase)).toEqual([
      'connecting',
      'connected',
      'waiting',
      'connecting',
      'connected',
    ]);
    expect(states[2]).toMatchObject({ phase: 'waiting', reason: 'closed' });
  });

  it('reports repeated close-before-open as unreachable, then recovers when the server returns', async () => {
    const port = (server.address() as AddressInfo).port;
    await stopServer();
    const { socket, states, events } = makeSocket();
    socket.start();
    await until(
      () => states.some((s) => s.phase === 'waiting' && s.reason === 'unreachable'),
      'the unreachable verdict',
    );
    await startServer(port);
    await until(() => events.length === 1, 'status from the restarted server');
    expect(states.at(-1)?.phase).toBe('connected');
  });

  it('counts frames that are not JSON and keeps going', async () => {
    const { socket, events } = makeSocket();
    const drops: unknown[] = [];
    socket.on('drop', (drop) => drops.push(drop));
    socket.start();
    await until(() => events.length === 1, 'status');
    for (const client of server.clients) {
      client.send('<script>alert(1)</script>');
      client.send('{"type":"mystery"}');
      client.send(STATUS);
    }
    await until(() => events.length === 2, 'the status after junk');
    expect(drops).toEqual([
      { ok: false, reason: 'not-json', detail: '<script>alert(1)</script>' },
      { ok: false, reason: 'ignored', type: 'mystery' },
    ]);
  });

  it('probes a silent connection and reconnects when the probe goes unanswered', async () => {
    server.removeAllListeners('connection');
    server.on('connection', (client) =>
      client.on('message', (data) => received.push(String(data))),
    );
    const { socket, states } = makeSocket({ probeAfterMs: 40, probeTimeoutMs: 40 });
    socket.start();
    await until(() => states.some((s) => s.phase === 'waiting'), 'the dead-connection verdict');
    expect(states.find((s) => s.phase === 'waiting')).toMatchObject({ reason: 'no-answer' });
    expect(received.slice(0, 2)).toEqual(['{"type":"status"}', '{"type":"status"}']);
  });

  it('does not send while disconnected, and close is safe twice', async () => {
    const { socket, states } = makeSocket();
    expect(socket.send({ type: 'viewcount' })).toBe(false);
    socket.start();
    socket.close();
    socket.close();
    expect(states.at(-1)).toEqual({ phase: 'idle' });
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(server.clients.size).toBe(0);
  });

  it('pauses while offline and reconnects as soon as the network is back', async () => {
    const port = (server.address() as AddressInfo).port;
    await stopServer();
    const { socket, states, events } = makeSocket({ delayFor: () => 60_000 });
    socket.start();
    await until(() => states.some((s) => s.phase === 'waiting'), 'the first failure');
    socket.setOffline(true);
    expect(states.at(-1)).toEqual({ phase: 'offline' });
    await startServer(port);
    socket.setOffline(false);
    await until(() => events.length === 1, 'status once online again');
  });
});
