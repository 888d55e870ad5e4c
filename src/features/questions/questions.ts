import type { HistoryLine } from '../../store/slices/history';
import { chatterKey } from '../../store/slices/history';

/** A chat line kept in the Questions panel. */
export interface Question {
  /** The same line always has the same key (across reloads too). */
  key: string;
  /** The line as it came (for Reply and Feature). */
  line: HistoryLine;
  answered: boolean;
  /** Pinned by "Answer later" (not found by the question rule). */
  pinned: boolean;
}

/** Most questions kept per stream: the oldest go first. */
export const MAX_QUESTIONS = 300;

/** Whether a line asks something: it ends in "?" or starts with "Q:". */
export function asksSomething(text: string): boolean {
  const said = text.trim();
  return said.length > 1 && (said.endsWith('?') || /^q:/i.test(said));
}

/**
 * Whether a line goes to the Questions panel by itself: it asks something, and is not the
 * streamer's own, a line via the API, a private message or a bot command (`!x`).
 */
export function isQuestion(line: HistoryLine, isOwn: (line: HistoryLine) => boolean): boolean {
  if (line.viaApi || line.to || line.earlier) return false;
  if (line.text.trimStart().startsWith('!')) return false;
  return asksSomething(line.text) && !isOwn(line);
}

/** One line's key: its author on its network and when the server got it. */
export function questionKey(line: HistoryLine): string {
  return `${chatterKey(line)}\u0001${line.timestamp ?? line.receivedAt}\u0001${line.text}`;
}

/** The list with this line on top (newest first), unless it is there already. */
export function withQuestion(
  questions: readonly Question[],
  line: HistoryLine,
  pinned: boolean,
): readonly Question[] {
  const key = questionKey(line);
  const at = questions.findIndex((question) => question.key === key);
  if (at >= 0) {
    if (!pinned || questions[at]!.pinned) return questions;
    const moved = { ...questions[at]!, pinned: true, answered: false };
    return [moved, ...questions.slice(0, at), ...questions.slice(at + 1)];
  }
  return [{ key, line, answered: false, pinned }, ...questions].slice(0, MAX_QUESTIONS);
}

/** Questions not answered yet (the Recap lists them). */
export function unanswered(questions: readonly Question[]): Question[] {
  return questions.filter((question) => !question.answered);
}
