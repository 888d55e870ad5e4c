import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChatSocket, type WebSocketLike } from './chat-socket';
import { NETWORK_CHECK_MS } from './reconnect-policy';
import type { ConnectionState } from '../protocol/connection-state';

/** A WebSocket the test opens, refuses or drops by hand. */
class FakeSocket implements WebSocketLike {
  readyState = 0;
  onopen: ((event: unknown) => void) | null = null;
  onclose: ((event: unknown) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  sent: string[] = [];
  send(data: string): void {
    this.sent.push(data);
  }
  close(): void {
    this.readyState = 3;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.({});
  }
  /** The upgrade was refused or nothing answered: the browser only says "closed". */
  fail(): void {
    this.readyState = 3;
    this.onerror?.({});
    this.onclose?.({ code: 1006 });
  }
}

let sockets: FakeSocket[];
let states: ConnectionState[];
let reachable: boolean;
let probes: number;

function makeSocket(
  maxRefusals: number | null = 3,
  extra: Partial<ConstructorParameters<typeof ChatSocket>[0]> = {},
): ChatSocket {
  const socket = new ChatSocket({
    url: 'wss://ms.example:8443/ws/21?token=t',
    createWebSocket: () => {
      const fake = new FakeSocket();
      sockets.push(fake);
      return fake;
    },
    delayFor: () => 1_000,
    now: () => Date.now(),
    reachable: async () => {
      probes += 1;
      return reachable;
    },
    maxRefusals,
    ...extra,
  });
  socket.on('state', (state) => states.push(state));
  return socket;
}

/** Fails the newest handshake and lets the probe answer. */
async function failHandshake(): Promise<void> {
  sockets.at(-1)!.fail();
  await vi.advanceTimersByTimeAsync(0);
}

beforeEach(() => {
  vi.useFakeTimers();
  sockets = [];
  states = [];
  reachable = true;
  probes = 0;
});

afterEach(() => {
  vi.useRealTimers();
});

describe('why a connection fails', () => {
  it('a server that answers but refuses the WebSocket is "refused", and after 3 it stops', async () => {
    const socket = makeSocket();
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    await failHandshake();
    expect(states.at(-1)).toMatchObject({ phase: 'waiting', reason: 'refused', refusals: 1 });
    await vi.advanceTimersByTimeAsync(1_000);
    await failHandshake();
    expect(states.at(-1)).toMatchObject({ phase: 'waiting', reason: 'refused', refusals: 2 });
    await vi.advanceTimersByTimeAsync(1_000);
    await failHandshake();
    expect(states.at(-1)).toEqual({ phase: 'refused', refusals: 3 });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(3);
    expect(probes).toBe(3);
    socket.close();
  });

  it('says "not-open" while it checks, and waits for the verdict before retrying', async () => {
    let answer: (value: boolean) => void = () => undefined;
    const socket = new ChatSocket({
      url: 'ws://h.example/ws/1?token=t',
      createWebSocket: () => {
        const fake = new FakeSocket();
        sockets.push(fake);
        return fake;
      },
      delayFor: () => 1_000,
      reachable: () => new Promise<boolean>((resolve) => (answer = resolve)),
    });
    socket.on('state', (state) => states.push(state));
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0]!.fail();
    expect(states.at(-1)).toMatchObject({ phase: 'waiting', reason: 'not-open' });
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sockets).toHaveLength(1);
    answer(false);
    await vi.advanceTimersByTimeAsync(0);
    // Past its time already: the verdict is said, and the retry follows at once.
    expect(states.slice(-2)).toMatchObject([
      { phase: 'waiting', reason: 'unreachable', host: 'h.example' },
      { phase: 'connecting', attempt: 2 },
    ]);
    expect(sockets).toHaveLength(2);
    socket.close();
  });

  it('nothing answering is "unreachable" with the host, and never gives up', async () => {
    reachable = false;
    const socket = makeSocket();
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await failHandshake();
      expect(states.at(-1)).toMatchObject({
        phase: 'waiting',
        reason: 'unreachable',
        host: 'ms.example:8443',
      });
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(sockets).toHaveLength(6);
    socket.close();
  });

  it('a server that comes back up resets the count of refusals', async () => {
    const socket = makeSocket();
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    await failHandshake();
    await vi.advanceTimersByTimeAsync(1_000);
    await failHandshake();
    reachable = false;
    await vi.advanceTimersByTimeAsync(1_000);
    await failHandshake();
    reachable = true;
    await vi.advanceTimersByTimeAsync(1_000);
    await failHandshake();
    expect(states.at(-1)).toMatchObject({ reason: 'refused', refusals: 1 });
    socket.close();
  });

  it('a widget keeps retrying a refusing server for ever', async () => {
    const socket = makeSocket(null);
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    for (let attempt = 1; attempt <= 6; attempt += 1) {
      await failHandshake();
      expect(states.at(-1)).toMatchObject({
        phase: 'waiting',
        reason: 'refused',
        refusals: attempt,
      });
      await vi.advanceTimersByTimeAsync(1_000);
    }
    socket.close();
  });

  it('a live connection the server drops is "closed", without a reachability check', async () => {
    const socket = makeSocket();
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0]!.open();
    expect(states.at(-1)).toMatchObject({ phase: 'connected' });
    sockets[0]!.fail();
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toMatchObject({ phase: 'waiting', reason: 'closed' });
    expect(probes).toBe(0);
    socket.close();
  });

  it('the browser going offline is "offline", and a verdict that comes late is ignored', async () => {
    const socket = makeSocket();
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0]!.fail();
    socket.setOffline(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(states.at(-1)).toEqual({ phase: 'offline' });
    socket.close();
  });

  it('when neither the server nor the page’s own host answers it is "offline", with no countdown, until one does', async () => {
    let networkUp = false;
    const socket = makeSocket(3, { networkUp: async () => networkUp });
    reachable = false;
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    await failHandshake();
    expect(states.at(-1)).toEqual({ phase: 'offline' });
    // Looked for quietly: no new attempt, no countdown, while nothing answers.
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sockets).toHaveLength(1);
    expect(states.at(-1)).toEqual({ phase: 'offline' });
    networkUp = true;
    await vi.advanceTimersByTimeAsync(NETWORK_CHECK_MS);
    expect(sockets).toHaveLength(2);
    sockets[1]!.open();
    expect(states.at(-1)).toMatchObject({ phase: 'connected' });
    socket.close();
  });

  it('the page’s own host answering, a silent server is "Cannot reach" with its countdown', async () => {
    const socket = makeSocket(3, { networkUp: async () => true });
    reachable = false;
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    await failHandshake();
    expect(states.at(-1)).toMatchObject({ phase: 'waiting', reason: 'unreachable' });
    socket.close();
  });

  it('"offline" for want of any answer, the browser’s online event connects at once', async () => {
    const socket = makeSocket(3, { networkUp: async () => false });
    reachable = false;
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    await failHandshake();
    expect(states.at(-1)).toEqual({ phase: 'offline' });
    socket.setOffline(false);
    expect(sockets).toHaveLength(2);
    expect(states.at(-1)).toMatchObject({ phase: 'connecting' });
    socket.close();
  });

  it('lost while offline, it waits without a countdown and connects the moment the network returns', async () => {
    const socket = makeSocket();
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    sockets[0]!.open();
    socket.setOffline(true);
    sockets[0]!.fail();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(states.at(-1)).toEqual({ phase: 'offline' });
    expect(sockets).toHaveLength(1);
    socket.setOffline(false);
    expect(sockets).toHaveLength(2);
    expect(states.at(-1)).toMatchObject({ phase: 'connecting' });
    socket.close();
  });

  it('Retry now starts over after the dashboard gave up', async () => {
    const socket = makeSocket(1);
    socket.start();
    await vi.advanceTimersByTimeAsync(0);
    await failHandshake();
    expect(states.at(-1)).toEqual({ phase: 'refused', refusals: 1 });
    socket.retryNow();
    sockets.at(-1)!.open();
    expect(states.at(-1)).toMatchObject({ phase: 'connected' });
    socket.close();
  });
});
