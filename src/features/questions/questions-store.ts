import { createStore, type StoreApi } from 'zustand';
import type { HistoryLine } from '../../store/slices/history';
import { withQuestion, type Question } from './questions';

export interface QuestionsState {
  /** Newest first. */
  questions: readonly Question[];
  add: (line: HistoryLine, pinned: boolean) => void;
  setAnswered: (key: string, answered: boolean) => void;
  /** Kept questions read back from the device, merged under the ones of this page. */
  restore: (kept: readonly Question[]) => void;
}

export type QuestionsStore = StoreApi<QuestionsState>;

export function createQuestionsStore(): QuestionsStore {
  return createStore<QuestionsState>()((set, get) => ({
    questions: [],
    add: (line, pinned) => {
      const questions = withQuestion(get().questions, line, pinned);
      if (questions !== get().questions) set({ questions });
    },
    setAnswered: (key, answered) =>
      set({
        questions: get().questions.map((question) =>
          question.key === key ? { ...question, answered } : question,
        ),
      }),
    restore: (kept) => {
      const here = new Set(get().questions.map((question) => question.key));
      const older = kept.filter((question) => !here.has(question.key));
      if (older.length > 0) set({ questions: [...get().questions, ...older] });
    },
  }));
}
