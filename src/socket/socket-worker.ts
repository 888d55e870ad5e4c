/**
 * The WebSocket, JSON parsing and validation, off the page's main thread: a flood of thousands
 * of frames a second costs the page one message per animation frame instead of one per frame.
 */
import { ChatSocket } from './chat-socket';
import { EventBatcher, animationFrameScheduler, timerScheduler } from './event-batcher';
import type { FromSocketWorker, ToSocketWorker } from './worker-messages';

/** What this file uses of a dedicated worker's global scope (the app is typed with DOM). */
interface WorkerScope {
  onmessage: ((message: MessageEvent<ToSocketWorker>) => void) | null;
  postMessage(message: FromSocketWorker): void;
  close(): void;
  requestAnimationFrame?: unknown;
}
const scope = self as unknown as WorkerScope;
const post = (message: FromSocketWorker) => scope.postMessage(message);

/** Most lines in one message to the page. */
const POST_SLICE = 250;

let socket: ChatSocket | null = null;
// Workers in Chromium have animation frames; elsewhere a frame's worth of time stands in.
const batcher = new EventBatcher(
  ({ events, drops }) => {
    // In slices: the page reads each message in one task, and a burst's thousands of lines in
    // one message would hold its main thread for the whole copy.
    for (let start = 0; start < Math.max(events.length, 1); start += POST_SLICE) {
      post({
        type: 'batch',
        events: events.slice(start, start + POST_SLICE),
        drops: start === 0 ? drops : [],
      });
    }
  },
  typeof scope.requestAnimationFrame === 'function' ? animationFrameScheduler : timerScheduler,
);

scope.onmessage = (message: MessageEvent<ToSocketWorker>) => {
  const command = message.data;
  switch (command.type) {
    case 'open':
      if (socket) return;
      socket = new ChatSocket({ url: command.url, maxRefusals: command.maxRefusals });
      socket.on('event', (event) => batcher.pushEvent(event));
      socket.on('drop', (drop) => batcher.pushDrop(drop));
      socket.on('state', (state) => {
        // Lines that came before a state change reach the page before it.
        batcher.flush();
        post({ type: 'state', state });
      });
      socket.start();
      break;
    case 'send':
      if (!socket?.send(command.command)) post({ type: 'unsent', command: command.command });
      break;
    case 'retry':
      socket?.retryNow();
      break;
    case 'offline':
      socket?.setOffline(command.offline);
      break;
    case 'close':
      socket?.close();
      socket = null;
      batcher.dispose();
      scope.close();
      break;
  }
};
