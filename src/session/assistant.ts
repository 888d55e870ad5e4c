import { createStore, type StoreApi } from 'zustand';
import type { BotPart, BotRulesInput } from '../features/bot';
import type { GiveawayPart } from '../features/giveaway';
import type { PeoplePart } from '../features/people';
import type { ChatCommand } from '../protocol/wire';
import type { QuestionsPart } from '../features/questions';
import type { StreamStore } from '../store/stream-store';

/** The streamer's assistant's parts of one stream, once loaded (they load on demand). */
export interface AssistantParts {
  questions: QuestionsPart;
  giveaway: GiveawayPart;
  bot: BotPart;
  people: PeoplePart;
}

/** What the parts may do through the session: send, and read the bot's rules. */
export interface AssistantSending {
  broadcast: (text: string) => boolean;
  /** Sends a line now, or holds it while a writer is asked for; false when it cannot go. */
  sendOrHold: (command: ChatCommand) => boolean;
  rules: () => BotRulesInput;
}

export type AssistantStore = StoreApi<{ parts: AssistantParts | null }>;

/** A store with no parts yet (a widget's, a test's). */
export function emptyAssistant(): AssistantStore {
  return createStore(() => ({ parts: null as AssistantParts | null }));
}

export interface AssistantHost {
  /** Null until the parts have loaded. */
  readonly store: AssistantStore;
  /** Loads the parts (once), then runs them until the returned function. */
  start(): () => void;
}

/**
 * The streamer's assistant (questions, giveaways, the bot, people): its code loads with
 * `import()` after the first paint, so the first page's JS does not grow; its parts are made
 * once per session and run between the session's start and stop.
 */
export function assistantHost(
  store: StreamStore,
  address: { server: string; streamId: number },
  sending: AssistantSending,
): AssistantHost {
  const parts = emptyAssistant();
  let loading: Promise<AssistantParts> | null = null;
  const load = () =>
    (loading ??= Promise.all([
      import('../features/questions'),
      import('../features/giveaway'),
      import('../features/bot'),
      import('../features/people'),
    ]).then(([questions, giveaway, bot, people]) => {
      const persons = people.createPeoplePart(address.server);
      const made: AssistantParts = {
        questions: questions.createQuestionsPart(store, address),
        giveaway: giveaway.createGiveawayPart(store, {
          broadcast: sending.broadcast,
          personOf: persons.personOf,
        }),
        bot: bot.createBotPart(store, sending),
        people: persons,
      };
      parts.setState({ parts: made });
      return made;
    }));
  return {
    store: parts,
    start() {
      let stopped = false;
      let stop: (() => void) | null = null;
      // A part that fails to load (its file unreachable: offline, a new deploy) leaves the
      // dashboard without the assistant, not broken; the next start tries again.
      void load()
        .catch(() => {
          loading = null;
          return null;
        })
        .then((made) => {
          if (!made || stopped) return;
          const stops = [
            made.people.start(),
            made.questions.start(),
            made.giveaway.start(),
            made.bot.start(),
          ];
          stop = () => {
            for (const each of stops) each();
          };
        });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
