import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import type { HistoryLine } from '../../store/slices/history';
import { useStream } from '../../store/stream-context';
import { indexAfter, type ReadingRules } from '../reading';
import type { ReadingViewBuilder } from '../reading';

/** A chosen search result stays marked this long. */
const FOUND_MARK_MS = 2_500;

const seqOf = (line: HistoryLine) => line.seq;

export interface SearchJumpInput {
  lines: readonly HistoryLine[];
  messages: readonly HistoryLine[];
  builder: ReadingViewBuilder;
  rules: ReadingRules;
  showHidden: boolean;
  setShowHidden: (shown: boolean) => void;
  pause: () => void;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
}

/**
 * A search result was chosen: pause, bring its line into view (showing hidden lines first if
 * it is one), and mark it for a moment. Returns the line marked now.
 */
export function useSearchJump({
  lines,
  messages,
  builder,
  rules,
  showHidden,
  setShowHidden,
  pause,
  virtualizer,
}: SearchJumpInput): { seq: number; nonce: number } | null {
  const jump = useStream((state) => state.jump);
  const [found, setFound] = useState<{ seq: number; nonce: number } | null>(null);
  const handledJump = useRef(0);
  useEffect(() => {
    if (!jump || jump.nonce === handledJump.current) return;
    const index = indexAfter(lines, jump.seq - 1, seqOf);
    const wanted = messages.find((line) => line.seq === jump.seq);
    if (
      lines[index]?.seq !== jump.seq &&
      wanted &&
      builder.keeps(wanted) &&
      rules.read(wanted).hidden &&
      !showHidden
    ) {
      // The line is hidden: show hidden lines, and jump once they are there.
      setShowHidden(true);
      return;
    }
    handledJump.current = jump.nonce;
    const target = Math.min(index, lines.length - 1);
    if (target < 0) return;
    pause();
    virtualizer.scrollToIndex(target, { align: 'center' });
    // Marks the line a jump (an outside event) has just shown; cleared by its timer.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- once per jump
    setFound({ seq: lines[target]!.seq, nonce: jump.nonce });
    const timer = setTimeout(() => setFound(null), FOUND_MARK_MS);
    return () => clearTimeout(timer);
  }, [jump, lines, messages, builder, rules, showHidden, setShowHidden, pause, virtualizer]);
  return found;
}
