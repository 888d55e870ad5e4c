import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ServerEvent } from '../protocol/events';
import type { ClientCommand } from '../protocol/wire';
import type { ConnectionState } from '../protocol/connection-state';
import { createChatConnection } from './create-chat-connection';
import { WorkerChatSocket, type WorkerLike } from './worker-chat-socket';
import type { FromSocketWorker, ToSocketWorker } from './worker-messages';

class FakeWorker implements WorkerLike {
  onmessage: ((message: MessageEvent<FromSocketWorker>) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  posted: ToSocketWorker[] = [];
  postMessage(message: ToSocketWorker): void {
    this.posted.push(message);
  }
  terminate(): void {}
  say(message: FromSocketWorker): void {
    this.onmessage?.({ data: message } as MessageEvent<FromSocketWorker>);
  }
}

const line: ServerEvent = {
  type: 'chat',
  kind: 'text',
  network: 'irc',
  accountId: 0,
  from: { name: 'a' },
  text: 'hi',
};
const hello: ClientCommand = {
  type: 'text',
  account_id: 0,
  cur_stream_account_id: 0,
  text: 'hello',
};

describe('WorkerChatSocket', () => {
  it('opens the socket in the worker on start, once', () => {
    const worker = new FakeWorker();
    const socket = new WorkerChatSocket('ws://x/ws/1?token=t', worker);
    socket.start();
    socket.start();
    expect(worker.posted).toEqual([{ type: 'open', url: 'ws://x/ws/1?token=t', maxRefusals: 3 }]);
  });

  it('answers "sent" at once only while the worker last said connected', () => {
    const worker = new FakeWorker();
    const socket = new WorkerChatSocket('ws://x', worker);
    socket.start();
    expect(socket.send(hello)).toBe(false);
    worker.say({ type: 'state', state: { phase: 'connected', since: 1 } });
    expect(socket.connectionState.phase).toBe('connected');
    expect(socket.send(hello)).toBe(true);
    expect(worker.posted.at(-1)).toEqual({ type: 'send', command: hello });
    worker.say({ type: 'state', state: { phase: 'offline' } });
    expect(socket.send(hello)).toBe(false);
  });

  it("hands the worker's batches, states and unsent lines to its listeners, in order", () => {
    const worker = new FakeWorker();
    const socket = new WorkerChatSocket('ws://x', worker);
    const seen: string[] = [];
    socket.on('batch', ({ events, drops }) =>
      seen.push(
        `batch ${events.map((event) => event.type).join(',')} / ${drops.map((drop) => drop.reason).join(',')}`,
      ),
    );
    socket.on('state', (state: ConnectionState) => seen.push(`state ${state.phase}`));
    socket.on('unsent', (command) => seen.push(`unsent ${command.type}`));
    const events = [line, line];
    worker.say({
      type: 'batch',
      events,
      drops: [{ ok: false, reason: 'not-json', detail: 'x' }],
    });
    worker.say({ type: 'state', state: { phase: 'offline' } });
    worker.say({ type: 'unsent', command: hello });
    expect(seen).toEqual(['batch chat,chat / not-json', 'state offline', 'unsent text']);
  });

  it('forwards retry and offline, closes the worker once, and hears nothing after', () => {
    const worker = new FakeWorker();
    const socket = new WorkerChatSocket('ws://x', worker);
    const seen: unknown[] = [];
    socket.on('batch', (batch) => seen.push(batch));
    socket.retryNow();
    socket.setOffline(true);
    socket.close();
    socket.close();
    worker.say({ type: 'batch', events: [line], drops: [] });
    expect(worker.posted).toEqual([
      { type: 'retry' },
      { type: 'offline', offline: true },
      { type: 'close' },
    ]);
    expect(seen).toEqual([]);
    expect(socket.connectionState).toEqual({ phase: 'idle' });
  });
});

describe('createChatConnection', () => {
  it('falls back to a main-thread socket when the worker fails, keeping its listeners', async () => {
    const worker = new FakeWorker();
    const states: string[] = [];
    const connection = createChatConnection(
      'ws://127.0.0.1:1/ws/1?token=t',
      { maxRefusals: null },
      () => worker,
    );
    connection.on('state', (state) => states.push(state.phase));
    connection.start();
    expect(worker.posted).toEqual([
      { type: 'open', url: 'ws://127.0.0.1:1/ws/1?token=t', maxRefusals: null },
    ]);
    worker.onerror?.(new Event('error'));
    expect(worker.posted.at(-1)).toEqual({ type: 'close' });
    // The main-thread socket (loaded now) takes over and reports its own attempt.
    await vi.waitFor(() => expect(states[0]).toBe('connecting'));
    connection.close();
  });

  it('uses a main-thread socket where there are no workers, loaded on demand: a start meanwhile is kept', async () => {
    const opened = recordSockets();
    const states: string[] = [];
    const connection = createChatConnection('ws://127.0.0.1:1/ws/1?token=t', {}, null);
    connection.on('state', (state) => states.push(state.phase));
    connection.start();
    // Not open yet: the line is held by the caller, never lost.
    expect(connection.send(hello)).toBe(false);
    await vi.waitFor(() => expect(opened).toEqual(['ws://127.0.0.1:1/ws/1?token=t']));
    expect(states[0]).toBe('connecting');
    connection.close();
  });

  it('uses a main-thread socket where the browser refuses the worker', async () => {
    const opened = recordSockets();
    const connection = createChatConnection('ws://127.0.0.1:1/ws/1?token=t', {}, () => {
      throw new DOMException('refused', 'SecurityError');
    });
    connection.start();
    await vi.waitFor(() => expect(opened).toEqual(['ws://127.0.0.1:1/ws/1?token=t']));
    connection.close();
  });

  it('closed before its main-thread socket has loaded, it opens nothing', async () => {
    const opened = recordSockets();
    const connection = createChatConnection('ws://127.0.0.1:1/ws/1?token=t', {}, null);
    connection.start();
    connection.close();
    // What loads the socket in the other tests: loaded and done with.
    await import('./chat-socket');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(opened).toEqual([]);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

/** The addresses of the WebSockets the page opens (none of them connects). */
function recordSockets(): string[] {
  const opened: string[] = [];
  vi.stubGlobal(
    'WebSocket',
    class {
      readyState = 0;
      onopen = null;
      onclose = null;
      onerror = null;
      onmessage = null;
      constructor(url: string) {
        opened.push(url);
      }
      send(): void {}
      close(): void {}
    },
  );
  return opened;
}
