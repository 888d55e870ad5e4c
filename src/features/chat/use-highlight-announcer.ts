import { t } from '@lingui/core/macro';
import { useEffect, useRef, useState } from 'react';
import type { ReadingRules, ReadingView } from '../reading';
import type { HistoryLine } from '../../store/slices/history';
import { highlightReasonsSaid } from './chat-message';
import { i18n } from '../../i18n';

/** Screen readers hear at most one highlight this often; the newest waiting one is said next. */
export const ANNOUNCE_EVERY_MS = 5_000;
/** A said line is cut to this many characters. */
const SAID_MAX = 160;

/**
 * Says one thing at most every `everyMs`: what comes sooner waits, and only the newest waiting
 * thing is said when the time has come (a burst of highlights is one announcement, not a queue).
 */
export class Throttle {
  private last = -Infinity;
  private waiting: string | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly say: (text: string) => void,
    private readonly everyMs = ANNOUNCE_EVERY_MS,
    private readonly now: () => number = Date.now,
  ) {}

  offer(text: string): void {
    const now = this.now();
    if (this.timer === null && now - this.last >= this.everyMs) {
      this.last = now;
      this.say(text);
      return;
    }
    this.waiting = text;
    this.timer ??= setTimeout(() => this.flush(), this.last + this.everyMs - now);
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private flush(): void {
    this.timer = null;
    if (this.waiting === null) return;
    this.last = this.now();
    this.say(this.waiting);
    this.waiting = null;
  }
}

/** How a highlighted line is said: why, who, what. */
export function highlightSaid(line: HistoryLine, rules: ReadingRules): string | null {
  const { reasons } = rules.read(line);
  if (reasons.length === 0) return null;
  const why = highlightReasonsSaid(reasons, i18n);
  const text = line.text.length > SAID_MAX ? `${line.text.slice(0, SAID_MAX)}…` : line.text;
  const name = line.from.name;
  return t`Highlight, ${why}: ${name}: ${text}`;
}

/**
 * What the log's one polite live region says: the newest highlighted line that arrived, at
 * most one each 5 s. Nothing else in the log is announced (it is `aria-live="off"`).
 */
export function useHighlightAnnouncer(
  reader: ReadingView,
  rules: ReadingRules,
  enabled: boolean,
): string {
  const [said, setSaid] = useState('');
  const throttle = useRef<Throttle | null>(null);
  const seenSeq = useRef<number | undefined>(undefined);
  useEffect(() => {
    const next = new Throttle(setSaid);
    throttle.current = next;
    return () => {
      next.dispose();
      throttle.current = null;
    };
  }, []);
  useEffect(() => {
    const { lines } = reader;
    const since = seenSeq.current;
    seenSeq.current = Math.max(since ?? 0, lines.at(-1)?.seq ?? 0);
    // What the log held when it opened is not news; nor are lines kept from an earlier visit.
    if (!enabled || since === undefined || reader.newHighlights === 0) return;
    for (let i = lines.length - 1; i >= 0 && lines[i]!.seq > since; i--) {
      if (lines[i]!.earlier) continue;
      const text = highlightSaid(lines[i]!, rules);
      if (text) {
        throttle.current?.offer(text);
        return;
      }
    }
  }, [reader, rules, enabled]);
  return said;
}
