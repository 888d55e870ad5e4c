import { createStore, type StoreApi } from 'zustand';
import type { ChatCommand } from '../../protocol/wire';
import type { HistoryLine } from '../../store/slices/history';
import type { StreamStore } from '../../store/stream-store';
import { answerCommand } from './answer-route';
import {
  commandOf,
  LINES_BEFORE_TIMED,
  readAutoReplies,
  readTimedMessages,
  REPLY_EVERY_MS,
} from './bot-rules';
import { followNewLines } from '../../store/new-lines';

export interface BotState {
  /** The streamer paused it (header switch). */
  paused: boolean;
  /** It has rules and this page runs it (it holds the stream's keeping lock). */
  here: boolean;
  /** There are rules at all (the header shows the marker only then). */
  hasRules: boolean;
  setPaused: (paused: boolean) => void;
}

export type BotStore = StoreApi<BotState>;

export interface BotRulesInput {
  autoReplies: readonly string[];
  timedMessages: readonly string[];
}

export interface BotOptions {
  broadcast: (text: string) => boolean;
  /** Sends a line now, or holds it while a writer is asked for (the session's outbox). */
  sendOrHold: (command: ChatCommand) => boolean;
  rules: () => BotRulesInput;
  now?: () => number;
}

export interface BotPart {
  readonly bot: BotStore;
  start(): () => void;
}

/** How often the timed messages are looked at. */
const TICK_MS = 1_000;
/** How long a line the bot sent is remembered (its echo is never answered). */
const SENT_KEPT_MS = 120_000;

/**
 * The bot: auto-replies on the line's own network (once per 30 s per command) and timed
 * messages to every live account, while this page holds the stream's keeping lock (one page per
 * stream runs it) and it is not paused. It never answers itself: what it sent is known.
 */
export function createBotPart(
  store: StreamStore,
  { broadcast, sendOrHold, rules, now = Date.now }: BotOptions,
): BotPart {
  const sendTo = (line: HistoryLine, text: string) => {
    const command = answerCommand(store, line, text);
    return command !== null && sendOrHold(command);
  };
  const bot: BotStore = createStore<BotState>()((set) => ({
    paused: false,
    here: false,
    hasRules: false,
    setPaused: (paused) => set({ paused }),
  }));
  return {
    bot,
    start() {
      const lastAnswer = new Map<string, number>();
      const sent = new Map<string, number>();
      const timed = new Map<string, { due: number; lines: number }>();
      const remember = (text: string) => sent.set(text.trim(), now());
      const running = () => bot.getState().here && !bot.getState().paused;
      const look = () => {
        const { autoReplies, timedMessages } = rules();
        const hasRules = autoReplies.length > 0 || timedMessages.length > 0;
        const state = store.getState();
        const here = hasRules && (state.keptHere === true || state.keeping === 'memory');
        if (hasRules !== bot.getState().hasRules || here !== bot.getState().here)
          bot.setState({ hasRules, here });
      };
      look();
      const ownNames = () =>
        new Set(
          store
            .getState()
            .accounts.map((account) => `${account.network.name}:${account.name.toLowerCase()}`),
        );

      const answer = (lines: readonly HistoryLine[]) => {
        const replies = readAutoReplies(rules().autoReplies);
        const own = ownNames();
        for (const line of lines) {
          if (line.earlier || line.viaApi || line.to) continue;
          const isOwn = own.has(`${line.network}:${line.from.name.toLowerCase()}`);
          const echo = sent.has(line.text.trim());
          if (!isOwn && !echo) for (const entry of timed.values()) entry.lines += 1;
          if (isOwn || echo || !running()) continue;
          const command = commandOf(line.text);
          const reply = command && replies.find((candidate) => candidate.command === command);
          if (!reply) continue;
          const at = now();
          if (at - (lastAnswer.get(reply.command) ?? -Infinity) < REPLY_EVERY_MS) continue;
          if (sendTo(line, reply.answer)) {
            lastAnswer.set(reply.command, at);
            remember(reply.answer);
          }
        }
      };

      const stopLooking = store.subscribe((state, previous) => {
        if (state.keptHere !== previous.keptHere || state.keeping !== previous.keeping) look();
      });
      const stopAnswering = followNewLines(store, answer);
      const stopReading = () => {
        stopLooking();
        stopAnswering();
      };

      const tick = setInterval(() => {
        look();
        const at = now();
        for (const [text, when] of sent) if (at - when > SENT_KEPT_MS) sent.delete(text);
        const wanted = readTimedMessages(rules().timedMessages);
        const keys = new Set(wanted.map((entry) => `${entry.minutes} ${entry.message}`));
        for (const key of timed.keys()) if (!keys.has(key)) timed.delete(key);
        for (const entry of wanted) {
          const key = `${entry.minutes} ${entry.message}`;
          const every = entry.minutes * 60_000;
          const state = timed.get(key);
          if (!state) {
            timed.set(key, { due: at + every, lines: 0 });
            continue;
          }
          if (at < state.due) continue;
          state.due = at + every;
          if (!running() || state.lines < LINES_BEFORE_TIMED) continue;
          if (broadcast(entry.message)) {
            state.lines = 0;
            remember(entry.message);
          }
        }
      }, TICK_MS);

      return () => {
        stopReading();
        clearInterval(tick);
      };
    },
  };
}
