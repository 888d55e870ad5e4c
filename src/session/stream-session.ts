import { chatSocketUrl } from '../protocol/commands';
import { MAX_REFUSALS, type ChatConnection } from '../socket/chat-socket';
import { createChatConnection } from '../socket/create-chat-connection';
import { createStreamStore, type StreamStore } from '../store/stream-store';
import type { HistoryLine } from '../store/slices/history';
import { bindStream } from './bind-stream';
import { keptChatterBook, type KeptChatterBook } from './kept-chatters';
import { followLearning } from './follow-learning';
import { readingSettings } from '../store/reading-settings-store';
import { createChatKeeper } from './chat-keeper';
import { keptLineOf, type KeptLine } from './kept-history';
import { Outbox } from './outbox';

/** Where one stream lives. */
export interface StreamAddress {
  server: string;
  streamId: number;
  token: string;
}

/** What the panels of one stream may do besides reading its store. */
export interface StreamActions {
  setDraft(draft: string): void;
  /** `keep`: the text stays in the box (Ctrl+Enter). */
  submitDraft(options?: { keep?: boolean }): void;
  chooseFrom(accountId: number): void;
  chooseTo(accountId: number): void;
  askWriterAgain(): void;
  discard(id: number): void;
  retryNow(): void;
  /** Fills the composer to answer this line, from the best account for it. */
  replyTo(line: HistoryLine): void;
  /** Every line kept of this stream, oldest first: the device's, else this page's. */
  keptLines(): Promise<KeptLine[]>;
}

export interface StreamSession {
  readonly address: StreamAddress;
  readonly store: StreamStore;
  readonly actions: StreamActions;
  /** Opens the connection; returns the function that closes it and stops every timer. */
  start(options?: { window?: Window }): () => void;
}

export interface SessionOptions {
  /** A widget has no form to fix a token in: it never stops retrying. */
  retryForever?: boolean;
  historyLimit?: number;
  /** Tests give their own connection. */
  connect?: (url: string, maxRefusals: number | null) => ChatConnection;
  /** Who has chatted before; kept on this device (IndexedDB) when not given. */
  chatters?: KeptChatterBook;
  /** Keep the chat on this device and show it again after a reload (dashboards, decks). */
  keepChat?: boolean;
}

/** The actions of a stream's panels, on its store and outbox. */
export function streamActions(
  store: StreamStore,
  outbox: Outbox,
  retryNow: () => void,
  keptLines: () => Promise<KeptLine[]> = () =>
    Promise.resolve(store.getState().messages.map(keptLineOf)),
): StreamActions {
  return {
    setDraft: (draft) => store.getState().setDraft(draft),
    submitDraft: (options) => outbox.submitDraft(options),
    chooseFrom: (id) => outbox.chooseFrom(id),
    chooseTo: (id) => outbox.chooseTo(id),
    askWriterAgain: () => outbox.ensureWriter({ retry: true }),
    discard: (id) => outbox.discard(id),
    retryNow,
    replyTo: (line) => outbox.replyTo(line),
    keptLines,
  };
}

/** One stream's store, outbox and (once started) connection, made and disposed together. */
export function createStreamSession(
  address: StreamAddress,
  { retryForever = false, historyLimit, connect, chatters, keepChat = false }: SessionOptions = {},
): StreamSession {
  const book =
    chatters ??
    keptChatterBook(address.server, address.streamId, undefined, {
      learnMs: () => readingSettings.store.getState().settings.learnMinutes * 60_000,
    });
  const store = createStreamStore({
    historyLimit,
    draftKey: `chatdeck:draft:${address.server}:${address.streamId}`,
    chatters: book,
  });
  let connection: ChatConnection | null = null;
  const outbox = new Outbox(store, (command) =>
    store.getState().connection.phase === 'connected' && connection
      ? connection.send(command)
      : false,
  );
  const keeper = createChatKeeper(store, address, { enabled: keepChat });
  const actions = streamActions(
    store,
    outbox,
    () => connection?.retryNow(),
    () => keeper.all(),
  );
  return {
    address,
    store,
    actions,
    start({ window } = {}) {
      let stop: (() => void) | null = null;
      let stopped = false;
      const open = () => {
        if (stopped) return;
        const url = chatSocketUrl(address.server, address.streamId, address.token);
        const maxRefusals = retryForever ? null : MAX_REFUSALS;
        const opened = connect
          ? connect(url, maxRefusals)
          : createChatConnection(url, { maxRefusals });
        connection = opened;
        const unbind = bindStream(opened, store, outbox, { window });
        stop = () => {
          unbind();
          if (connection === opened) connection = null;
        };
      };
      // Lines are marked "first time" against the chatters this device remembers, and kept
      // lines go before live ones: both are read before the first line can arrive (a few ms;
      // never more than their timeouts).
      const stopKeeping = keeper.start();
      const stopLearning = followLearning(store, book, window);
      if (book.loaded && keeper.loaded) open();
      else void Promise.all([book.ready, keeper.ready]).then(open);
      const flush = () => book.flush();
      window?.addEventListener('pagehide', flush);
      return () => {
        stopped = true;
        window?.removeEventListener('pagehide', flush);
        stopLearning();
        book.flush();
        stopKeeping();
        stop?.();
      };
    },
  };
}
