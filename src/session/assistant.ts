import { msg } from '@lingui/core/macro';
import { createStore, type StoreApi } from 'zustand';
import type { BotPart, BotRulesInput } from '../features/bot';
// Types only (erased): the folders themselves load with `import()`.
import type * as BotModule from '../features/bot';
import type * as GiveawayModule from '../features/giveaway';
import type * as PeopleModule from '../features/people';
import type * as QuestionsModule from '../features/questions';
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

/** The assistant's code: each of its parts' folder, loaded with `import()`. */
export type AssistantModules = [
  typeof QuestionsModule,
  typeof GiveawayModule,
  typeof BotModule,
  typeof PeopleModule,
];

/** Loads the assistant's folders (after the first paint, or with the first `/giveaway`). */
export const loadAssistantModules = (): Promise<AssistantModules> =>
  Promise.all([
    import('../features/questions'),
    import('../features/giveaway'),
    import('../features/bot'),
    import('../features/people'),
  ]);

/** A draft that is the giveaway's (as readGiveawayCommand reads it): `/giveaway …`. */
const GIVEAWAY_DRAFT = /^\s*\/giveaway(?:\s|$)/i;

export interface AssistantHost {
  /** Null until the parts have loaded. */
  readonly store: AssistantStore;
  /** Loads the parts (once), then runs them until the returned function. */
  start(): () => void;
  /**
   * A composer draft that is the assistant's (`/giveaway …`): run, or, while the parts are
   * still loading, run once they have (it never goes to chat as text); false for any other.
   */
  runDraft(draft: string, keep: boolean): boolean;
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
  loadModules: () => Promise<AssistantModules> = loadAssistantModules,
): AssistantHost {
  const parts = emptyAssistant();
  let running = false;
  let stopParts: (() => void) | null = null;
  const run = (made: AssistantParts) => {
    if (!running || stopParts) return;
    const stops = [
      made.people.start(),
      made.questions.start(),
      made.giveaway.start(),
      made.bot.start(),
    ];
    stopParts = () => {
      for (const each of stops) each();
    };
  };
  let loading: Promise<AssistantParts> | null = null;
  // A part that fails to load (its file unreachable: offline, a new deploy) leaves the
  // dashboard without the assistant, not broken; the next start or `/giveaway` tries again.
  const load = () =>
    (loading ??= loadModules().then(
      ([questions, giveaway, bot, people]) => {
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
        run(made);
        return made;
      },
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  return {
    store: parts,
    start() {
      running = true;
      const made = parts.getState().parts;
      if (made) run(made);
      else void load().catch(() => undefined);
      return () => {
        running = false;
        stopParts?.();
        stopParts = null;
      };
    },
    runDraft(draft, keep) {
      const made = parts.getState().parts;
      if (made) return made.giveaway.runDraft(draft, keep);
      if (!GIVEAWAY_DRAFT.test(draft)) return false;
      load().then(
        (loaded) => loaded.giveaway.runDraft(draft, keep),
        // Said, and the draft stays for another try.
        () => store.getState().setComposerError(msg`The giveaway could not load. Try again.`),
      );
      return true;
    },
  };
}
