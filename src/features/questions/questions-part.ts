import { ASSISTANT_STORE, deviceRecord, streamKeyPrefix } from '../../session/device-db';
import type { HistoryLine } from '../../store/slices/history';
import type { StreamStore } from '../../store/stream-store';
import { isQuestion, MAX_QUESTIONS, type Question } from './questions';
import { createQuestionsStore, type QuestionsStore } from './questions-store';
import { followNewLines } from '../../store/new-lines';

/** What the session runs of the Questions panel. */
export interface QuestionsPart {
  readonly questions: QuestionsStore;
  /** Collects questions from the lines that come, kept on the device; returns the stop. */
  start(): () => void;
  /** "Answer later": pins a line in the panel. */
  pin(line: HistoryLine): void;
}

/** How soon a change is written to the device. */
const WRITE_AFTER_MS = 400;

/**
 * The Questions panel's runner: every new line that asks something goes on top; the list is
 * kept on this device with the stream's chat (IndexedDB) and read back on the next start.
 */
export function createQuestionsPart(
  store: StreamStore,
  { server, streamId, factory }: { server: string; streamId: number; factory?: IDBFactory },
): QuestionsPart {
  const questions = createQuestionsStore();
  return {
    questions,
    pin: (line) => questions.getState().add(line, true),
    start() {
      const record = deviceRecord<unknown>(
        ASSISTANT_STORE,
        `${streamKeyPrefix(server, streamId)}questions`,
        factory,
      );
      let restored = false;
      void record.read().then((kept) => {
        questions.getState().restore(readKept(kept));
        restored = true;
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const stopWriting = questions.subscribe(() => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          if (restored) record.write(questions.getState().questions);
        }, WRITE_AFTER_MS);
      });
      const stopReading = followNewLines(store, (fresh, state) => {
        const own = ownNames(state.accounts);
        const isOwn = (line: HistoryLine) =>
          own.has(`${line.network}:${line.from.name.toLowerCase()}`);
        for (const line of fresh) {
          if (isQuestion(line, isOwn)) questions.getState().add(line, false);
        }
      });
      return () => {
        stopReading();
        stopWriting();
        clearTimeout(timer);
        if (restored) record.write(questions.getState().questions);
        record.close();
      };
    },
  };
}

function ownNames(accounts: ReturnType<StreamStore['getState']>['accounts']): Set<string> {
  return new Set(
    accounts.map((account) => `${account.network.name}:${account.name.toLowerCase()}`),
  );
}

/** What the device kept, if it looks like questions (anything else is ignored). */
function readKept(kept: unknown): Question[] {
  if (!Array.isArray(kept)) return [];
  return kept
    .filter(
      (item): item is Question =>
        typeof item === 'object' &&
        item !== null &&
        typeof (item as Question).key === 'string' &&
        typeof (item as Question).line?.text === 'string' &&
        typeof (item as Question).line?.from?.name === 'string',
    )
    .slice(0, MAX_QUESTIONS);
}
