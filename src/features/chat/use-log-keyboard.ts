import { defaultRangeExtractor, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { indexAfter } from '../reading';
import { LogKeyboard } from './log-keyboard';

export interface LogKeyboardHandlers {
  /** Draws line `index` (the virtualiser scrolls to it). */
  reveal(index: number): void;
  /** Escape: where the focus goes (the message box), and back to live. */
  leave(): boolean;
}

export interface UseLogKeyboard {
  /** A line, or a control of one, has the focus: the log holds still. */
  holding: boolean;
  /** For the virtualiser: the focused line stays drawn, however far it scrolls away. */
  rangeExtractor: (range: Range) => number[];
}

const bySeq = (line: { seq: number }) => line.seq;

/**
 * The log as one Tab stop with its lines reachable by arrow keys (see LogKeyboard), for a
 * virtualised log whose rows carry `data-seq`. React keeps only what it must re-render for:
 * whether the log holds still, and which line must stay drawn.
 */
export function useLogKeyboard(
  logRef: RefObject<HTMLElement | null>,
  /** The log with its bars: the focus on a bar's button still holds the log. */
  areaRef: RefObject<HTMLElement | null>,
  lines: readonly { seq: number }[],
  handlers: LogKeyboardHandlers,
): UseLogKeyboard {
  const [holding, setHolding] = useState(false);
  const [keptSeq, setKeptSeq] = useState<number | null>(null);
  const linesRef = useRef(lines);
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    linesRef.current = lines;
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const indexOf = (seq: number) => {
      const all = linesRef.current;
      const index = indexAfter(all, seq - 1, bySeq);
      return all[index]?.seq === seq ? index : -1;
    };
    const keyboard = new LogKeyboard(
      log,
      {
        count: () => linesRef.current.length,
        seqAt: (index) => linesRef.current[index]!.seq,
        indexOf,
        reveal: (index) => {
          setKeptSeq(linesRef.current[index]?.seq ?? null);
          handlersRef.current.reveal(index);
        },
        leave: () => handlersRef.current.leave(),
        onHold: (held) => {
          setHolding(held);
          if (!held) setKeptSeq(null);
        },
        onActive: (seq) => setKeptSeq(seq),
      },
      areaRef.current ?? log,
    );
    return () => {
      keyboard.dispose();
      setHolding(false);
    };
  }, [logRef, areaRef]);

  const keptIndex = keptSeq === null ? -1 : indexAfter(lines, keptSeq - 1, bySeq);
  const kept = keptIndex >= 0 && lines[keptIndex]?.seq === keptSeq ? keptIndex : -1;
  const rangeExtractor = useCallback(
    (range: Range) => {
      const drawn = defaultRangeExtractor(range);
      if (kept < 0 || kept >= range.count || drawn.includes(kept)) return drawn;
      return [...drawn, kept].sort((a, b) => a - b);
    },
    [kept],
  );
  return { holding, rangeExtractor };
}
