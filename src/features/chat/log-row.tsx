import { Trans, useLingui } from '@lingui/react/macro';
import { defaultRangeExtractor, type Range, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useState, type CSSProperties } from 'react';
import type { HistoryLine } from '../../store/slices/history';
import { ChatMessage, type ChatMessageOptions, type LineMarks } from './chat-message';
import { RowBoundary } from './row-boundary';

/**
 * One row of the log: its place (set by the virtualizer) and the line. Memoised: a render of
 * the log draws only rows whose line, marks or place changed, and a row that only moved keeps
 * its message as it was (ChatMessage is memoised too).
 */
export const LogRow = memo(function LogRow({
  index,
  start,
  measure,
  message,
  options,
  reading,
  repeats,
  found,
  fadeoutSeconds,
  earlierAbove,
  earlierBelow,
}: {
  index: number;
  start: number;
  measure: (element: Element | null) => void;
  message: HistoryLine;
  options: ChatMessageOptions;
  fadeoutSeconds: number | null;
  earlierAbove: boolean;
  earlierBelow: boolean;
} & LineMarks) {
  // A widget's line fades out a set time after it arrived: the delay is what is left of that
  // time when the row is drawn.
  const [shownAt] = useState(Date.now);
  const style: CSSProperties = { transform: `translateY(${start}px)` };
  if (fadeoutSeconds !== null) {
    style.animationDelay = `${Math.max(0, message.receivedAt + fadeoutSeconds * 1000 - shownAt)}ms`;
  }
  return (
    <div
      data-index={index}
      data-seq={message.seq}
      ref={measure}
      className={`chat-row absolute top-0 start-0 w-full ${fadeoutSeconds !== null ? 'fade-out' : ''}`}
      style={style}
    >
      {earlierAbove && <EarlierDivider />}
      <RowBoundary text={message.text} author={message.from.name}>
        <ChatMessage
          message={message}
          options={options}
          reading={reading}
          repeats={repeats}
          found={found}
        />
      </RowBoundary>
      {earlierBelow && <EarlierDivider />}
    </div>
  );
});

/**
 * The rows at the end of the log: from the first one within a screen of the end (less the
 * overscan) to the last, by the virtualizer's own measurements.
 */
export function endRangeOf(
  range: Range,
  virtualizer: Virtualizer<HTMLDivElement, Element> | null,
): number[] {
  const { count, overscan } = range;
  if (count === 0) return [];
  const items = virtualizer?.measurementsCache;
  const height = virtualizer?.scrollRect?.height;
  if (!items || items.length !== count || height === undefined) return defaultRangeExtractor(range);
  const end = items[count - 1]!.end;
  let first = count - 1;
  while (first > 0 && end - items[first]!.start < height) first -= 1;
  const from = Math.max(0, first - overscan);
  return Array.from({ length: count - from }, (_, at) => from + at);
}

/** Between the lines kept from before this page (above) and the live ones (below). */
function EarlierDivider() {
  const { t } = useLingui();
  return (
    <div
      role="separator"
      aria-label={t`Earlier`}
      title={t`The lines above were kept on this device from before this page opened.`}
      className="flex items-center gap-2 px-3 py-1 text-[0.7rem] font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400"
    >
      <span className="h-px flex-1 bg-zinc-300 dark:bg-zinc-700" />
      <Trans>Earlier</Trans>
      <span className="h-px flex-1 bg-zinc-300 dark:bg-zinc-700" />
    </div>
  );
}

/** Measured row sizes kept before those of dropped lines are forgotten. */
const SIZES_KEPT = 2_000;

/**
 * The virtualizer keeps every size it measured; those of lines the history cap has dropped
 * (older than `oldestSeq`) go, or a long stream's flood would keep them all.
 */
export function useForgetDroppedSizes(
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  oldestSeq: number,
): void {
  useEffect(() => {
    const sizes = virtualizer.itemSizeCache;
    if (sizes.size <= SIZES_KEPT) return;
    for (const key of sizes.keys())
      if (typeof key === 'number' && key < oldestSeq) sizes.delete(key);
  }, [virtualizer, oldestSeq]);
}
