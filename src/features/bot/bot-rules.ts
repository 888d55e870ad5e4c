/** An auto-reply: a line that is just `command` gets `answer`. */
export interface AutoReply {
  /** Lower case, with its `!`. */
  command: string;
  answer: string;
}

/** A timed message: `message` every `minutes`. */
export interface TimedMessage {
  minutes: number;
  message: string;
}

/** At most one answer per command in this time. */
export const REPLY_EVERY_MS = 30_000;
/** A timed message waits for at least this many chat lines since it was last sent. */
export const LINES_BEFORE_TIMED = 5;

/** `!command answer` lines; lines that are not one are left out. */
export function readAutoReplies(lines: readonly string[]): AutoReply[] {
  const replies: AutoReply[] = [];
  for (const line of lines) {
    const match = /^(![^\s!]+)\s+(\S[\s\S]*)$/.exec(line.trim());
    if (match) replies.push({ command: match[1]!.toLowerCase(), answer: match[2]!.trim() });
  }
  return replies;
}

/** `MINUTES message` lines (1 to 1440 minutes); lines that are not one are left out. */
export function readTimedMessages(lines: readonly string[]): TimedMessage[] {
  const timed: TimedMessage[] = [];
  for (const line of lines) {
    const match = /^(\d{1,4})\s+(\S[\s\S]*)$/.exec(line.trim());
    const minutes = Number(match?.[1]);
    if (match && minutes >= 1 && minutes <= 1_440)
      timed.push({ minutes, message: match[2]!.trim() });
  }
  return timed;
}

/** The command a line asks for: the line is just `!command` (any case); else null. */
export function commandOf(text: string): string | null {
  const said = text.trim();
  return /^![^\s!]+$/.test(said) ? said.toLowerCase() : null;
}
