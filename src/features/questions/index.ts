/**
 * Questions: chat lines that ask something (and those pinned by "Answer later") gathered in a
 * panel, newest first, kept on this device with the stream's chat. Loaded on demand: the
 * session imports this folder with `import()`, the dashboard its panel with React.lazy.
 */
export { createQuestionsPart, type QuestionsPart } from './questions-part';
export { asksSomething, isQuestion, unanswered, type Question } from './questions';
export { createQuestionsStore, type QuestionsStore } from './questions-store';
export { QuestionsPanel, QuestionsSlot } from './questions-panel';
