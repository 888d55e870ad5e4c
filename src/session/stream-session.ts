import { msg } from '@lingui/core/macro';
import { chatSocketUrl } from '../protocol/commands';
import type { ChatConnection } from '../socket/chat-socket';
import { MAX_REFUSALS } from '../socket/refusals';
import { createChatConnection } from '../socket/create-chat-connection';
import { createStreamStore, type StreamStore } from '../store/stream-store';
import type { HistoryLine } from '../store/slices/history';
import {
  createChatKeeper,
  keptLineOf,
  type KeepBounds,
  type KeptLine,
} from '../features/kept-chat';
import { createPollStore, loadPollRunner, type PollRunner, type PollStore } from '../features/poll';
import { bindStream } from './bind-stream';
import { followLearning } from './follow-learning';
import { byPerson, knownChatters, type KnownChatters } from './known-chatters';
import { assistantHost, type AssistantModules, type AssistantStore } from './assistant';
import { keepTyping } from './kept-typing';
import { Outbox } from './outbox/outbox';
import { SendingPace } from './outbox/sending-pace';

/** A draft that is the poll's (as readPollCommand reads it): `/poll …` or `/endpoll`. */
const POLL_DRAFT = /^\s*\/(?:endpoll\s*$|poll(?:\s|$))/i;

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
  /** "Answer later": pins the line in the Questions panel. */
  answerLater(line: HistoryLine): void;
}

/** What of the reading settings a session uses, handed to it as values. */
export interface SessionSettings {
  /** How much kept chat to keep (read when the session starts). */
  keepBounds: KeepBounds;
  /** How long the device follows the stream before it marks first-time chatters. */
  learnMinutes: number;
  /** The bot's rules as typed in Settings (one a line). */
  bot?: BotRules;
}

export interface StartOptions {
  /** Where `online`, `offline`, `visibilitychange` and `pagehide` come from; none in tests. */
  window?: Window;
  /** The reading settings' values now (defaults where not given). */
  settings?: SessionSettings;
}

export interface StreamSession {
  readonly address: StreamAddress;
  readonly store: StreamStore;
  /** The stream's poll (`/poll`): its own small store, run by the session. */
  readonly polls: PollStore;
  readonly actions: StreamActions;
  /** The streamer's assistant's parts (questions, giveaway…), loaded on demand; null before. */
  readonly assistant: AssistantStore;
  /**
   * Opens everything the stream needs (the device's storage, the connection, timers, locks);
   * returns the function that closes every one of them. Creating a session opened nothing.
   */
  start(options?: StartOptions): () => void;
  /** The settings changed (Settings, or another page): the session uses the new values. */
  applySettings(settings: SessionSettings): void;
}

export interface SessionOptions {
  /** A widget has no form to fix a token in: it never stops retrying. */
  retryForever?: boolean;
  historyLimit?: number;
  /** Tests give their own connection. */
  connect?: (url: string, maxRefusals: number | null) => ChatConnection;
  /** Who has chatted before; known on this device (IndexedDB) when not given. */
  chatters?: KnownChatters;
  /** Keep the chat on this device and show it again after a reload (dashboards, decks). */
  keepChat?: boolean;
  /** Tests hold or fail the assistant's code as it loads. */
  loadAssistant?: () => Promise<AssistantModules>;
}

/** The reading settings' defaults: 7 days and 100,000 lines kept, an hour to learn chatters. */
const DEFAULT_SETTINGS: SessionSettings = {
  keepBounds: { days: 7, lines: 100_000 },
  learnMinutes: 60,
};

/** Settings' "Auto-replies" (`!command answer`) and "Timed messages" (`MINUTES message`). */
export interface BotRules {
  autoReplies: readonly string[];
  timedMessages: readonly string[];
}

/** The actions of a stream's panels, on its store and outbox. */
export function streamActions(
  store: StreamStore,
  outbox: Outbox,
  retryNow: () => void,
  keptLines: () => Promise<KeptLine[]> = () =>
    Promise.resolve(store.getState().messages.map(keptLineOf)),
  assistant?: AssistantStore,
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
    answerLater: (line) => assistant?.getState().parts?.questions.pin(line),
  };
}

/**
 * One stream's store, outbox and poll, made together: nothing is opened or started until
 * `start`, and `start`'s returned function closes all it opened, so React's development
 * start-stop-start leaves one of each.
 */
export function createStreamSession(
  address: StreamAddress,
  {
    retryForever = false,
    historyLimit,
    connect,
    chatters,
    keepChat = false,
    loadAssistant,
  }: SessionOptions = {},
): StreamSession {
  let settings = DEFAULT_SETTINGS;
  const book =
    chatters ??
    knownChatters(address.server, address.streamId, undefined, {
      learnMs: () => settings.learnMinutes * 60_000,
    });
  // Linked chatters ("Same person as…", once the assistant has loaded) are one person.
  let personOf = (key: string) => key;
  const store = createStreamStore({
    historyLimit,
    chatters: byPerson(book, (key) => personOf(key)),
  });
  let connection: ChatConnection | null = null;
  const connected = () => store.getState().connection.phase === 'connected';
  // Every line the session sends (the composer's, polls', giveaways', the bot's) keeps the
  // sending pace: one a second per account.
  const pace = new SendingPace(
    (command) => (connected() && connection ? connection.send(command) : false),
    {
      waiting: (count) => store.getState().setPacedWaiting(count),
      unsent: (command) => outbox.holdUnsent(command),
      connected,
    },
  );
  const outbox = new Outbox(store, pace.paced);
  const polls = createPollStore();

  const keeper = keepChat ? createChatKeeper(store, address) : null;
  const assistant = assistantHost(
    store,
    address,
    {
      broadcast: (text) => outbox.broadcast(text),
      sendOrHold: (command) => outbox.sendOrHold(command),
      rules: () => settings.bot ?? { autoReplies: [], timedMessages: [] },
    },
    loadAssistant,
  );
  // `/giveaway` is the assistant's where it runs (a dashboard, a deck): never chat text.
  if (keepChat) outbox.handleDrafts((draft, keep) => assistant.runDraft(draft, keep));
  // The poll's runner loads with the first `/poll` or `/endpoll` (no poll runs before one):
  // that draft waits for it instead of going to chat as text.
  let poll: PollRunner | null = null;
  let pollLoading: Promise<PollRunner> | null = null;
  let pollRunning = false;
  let stopPoll: (() => void) | null = null;
  const loadPoll = () =>
    (pollLoading ??= loadPollRunner().then(
      (Runner) => {
        poll = new Runner(
          store,
          polls,
          (text) => outbox.broadcast(text),
          () => assistant.store.getState().parts?.people.personOf,
        );
        if (pollRunning) stopPoll = poll.start();
        return poll;
      },
      (error: unknown) => {
        pollLoading = null;
        throw error;
      },
    ));
  outbox.handleDrafts((draft, keep) => {
    if (poll) return poll.runDraft(draft, keep);
    if (!POLL_DRAFT.test(draft)) return false;
    loadPoll().then(
      (runner) => runner.runDraft(draft, keep),
      // Its file unreachable (offline, a new deploy): said, and the draft stays.
      () => store.getState().setComposerError(msg`The poll could not load. Try again.`),
    );
    return true;
  });
  personOf = (key) => assistant.store.getState().parts?.people.people.getState().links[key] ?? key;
  const actions = streamActions(
    store,
    outbox,
    () => connection?.retryNow(),
    keeper ? () => keeper.all() : undefined,
    assistant.store,
  );
  return {
    address,
    store,
    polls,
    actions,
    assistant: assistant.store,
    applySettings(next) {
      settings = next;
    },
    start({ window, settings: given } = {}) {
      if (given) settings = given;
      let unbind: (() => void) | null = null;
      let stopped = false;
      // What was typed in this tab before a reload comes back (the lines waiting to be sent
      // among it) before the connection opens.
      const stopTyping = keepTyping(store, `chatdeck:draft:${address.server}:${address.streamId}`);
      const open = () => {
        if (stopped) return;
        const url = chatSocketUrl(address.server, address.streamId, address.token);
        const maxRefusals = retryForever ? null : MAX_REFUSALS;
        const opened = connect
          ? connect(url, maxRefusals)
          : createChatConnection(url, { maxRefusals });
        connection = opened;
        const undo = bindStream(opened, store, outbox, { window });
        unbind = () => {
          undo();
          if (connection === opened) connection = null;
        };
      };
      // Lines are marked "first time" against the chatters this device remembers, and kept
      // lines go before live ones: both are read before the first line can arrive (a few ms;
      // never more than their timeouts).
      const reading = book.open();
      const keeping = keeper?.start(settings.keepBounds) ?? null;
      pollRunning = true;
      if (poll) stopPoll = poll.start();
      // The assistant runs where chat is kept: a dashboard (or a deck), not a widget.
      const stopAssistant = keepChat ? assistant.start() : null;
      const stopLearning = followLearning(store, book, reading, window);
      if (book.loaded && !keeping) open();
      else void Promise.all([reading, keeping?.ready]).then(open);
      // A reload or a closed tab: the chatters learnt and the lines of the last moment are kept.
      const flush = () => {
        book.flush();
        keeping?.writeNow();
      };
      window?.addEventListener('pagehide', flush);
      return () => {
        stopped = true;
        window?.removeEventListener('pagehide', flush);
        unbind?.();
        stopTyping();
        stopLearning();
        pollRunning = false;
        stopPoll?.();
        stopPoll = null;
        stopAssistant?.();
        outbox.dispose();
        pace.dispose();
        void keeping?.stop();
        book.close();
      };
    },
  };
}
