import type { ReactNode } from 'react';
import type { ServerEvent } from '../protocol/events';
import type { ConnectionState } from '../protocol/connection-state';
import type { ClientCommand } from '../protocol/wire';
import { applyBatch, changeConnection } from '../session/bind-stream';
import { emptyAssistant } from '../session/assistant';
import { Outbox } from '../session/outbox/outbox';
import { StreamProvider } from '../session/stream-provider';
import { streamActions, type StreamSession } from '../session/stream-session';
import { createStreamStore, type StreamStore } from '../store/stream-store';
import { createPollStore, type PollStore } from '../features/poll';
import { PollRunner } from '../features/poll/poll-runner';
import {
  ReadingSettingsProvider,
  createReadingSettingsStore,
  type ReadingSettingsStore,
} from '../features/reading';

export interface StreamHarness {
  store: StreamStore;
  outbox: Outbox;
  /** The stream's poll, run from the outbox's `/poll` as a session runs it. */
  polls: PollStore;
  /** The page's reading settings for these panels (kept nowhere). */
  readingSettings: ReadingSettingsStore;
  /** What would have gone to the server. */
  sent: ClientCommand[];
  session: StreamSession;
  /** Server events, as the session applies them: into the store, then the outbox's part. */
  apply(events: ServerEvent[]): void;
  setConnection(next: ConnectionState): void;
  /** Wraps panels in this stream, for rendering in tests. */
  wrap(ui: ReactNode): ReactNode;
}

/**
 * A fresh stream store, outbox and session for a test, with a send that records what would go
 * out (and fails, like the real one, while not connected).
 */
export function streamHarness(): StreamHarness {
  sessionStorage.clear();
  const store = createStreamStore();
  const sent: ClientCommand[] = [];
  const outbox = new Outbox(store, (command) => {
    if (store.getState().connection.phase !== 'connected') return false;
    sent.push(command);
    return true;
  });
  const polls = createPollStore();
  const poll = new PollRunner(store, polls, (text) => outbox.broadcast(text));
  outbox.handleDrafts((draft, keep) => poll.runDraft(draft, keep));
  poll.start();
  const session: StreamSession = {
    address: { server: 'https://ms.example', streamId: 1, token: 't' },
    store,
    polls,
    assistant: emptyAssistant(),
    actions: streamActions(store, outbox, () => undefined),
    applySettings: () => undefined,
    start: () => () => {
      poll.stop();
      outbox.dispose();
    },
  };
  const readingSettings = createReadingSettingsStore(null);
  return {
    store,
    outbox,
    polls,
    readingSettings,
    sent,
    session,
    apply: (events) => applyBatch(store, outbox, events),
    setConnection: (next) => changeConnection(store, outbox, next),
    wrap: (ui) => (
      <ReadingSettingsProvider settings={readingSettings}>
        <StreamProvider session={session}>{ui}</StreamProvider>
      </ReadingSettingsProvider>
    ),
  };
}
