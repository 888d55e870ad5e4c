import type { LineFilter } from './line-filter';
import type { ReadingRules } from './reading-rules';
import type { HistoryLine } from '../../store/slices/history';

/** The same text within this long folds into its first line ("×3"). */
export const REPEAT_WINDOW_MS = 30_000;

export interface ReadingViewOptions {
  foldRepeats: boolean;
  /** Hidden lines are shown too, marked (the dashboard's "N hidden" asks for them). */
  showHidden: boolean;
  /** Lines left out before any rule reads them (widget options, a filtered deck column). */
  hideIrc?: boolean;
  hidePm?: boolean;
  filter?: LineFilter;
}

export interface ReadingView {
  /** What the log shows, oldest first. */
  lines: readonly HistoryLine[];
  /** Kept lines the rules hide. */
  hidden: number;
  /** How many times a shown line was said in all, by its seq (only for folded lines). */
  repeats: ReadonlyMap<number, number>;
  /** Highlighted lines among those added by the last update. */
  newHighlights: number;
}

interface Fold {
  seq: number;
  at: number;
  count: number;
  key: string;
}

/** The text that makes two lines "the same": case, spacing and trailing punctuation aside. */
export function repeatKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function timeOf(line: HistoryLine): number {
  return line.timestamp ?? line.receivedAt;
}

/** Index of the first item whose seq is above `seq` (items in seq order). */
export function indexAfter<T>(
  items: readonly T[],
  seq: number,
  seqOf: (item: T) => number,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (seqOf(items[mid]!) <= seq) low = mid + 1;
    else high = mid;
  }
  return low;
}

const lineSeq = (line: { seq: number }) => line.seq;
const itself = (seq: number) => seq;
const after = (lines: readonly { seq: number }[], seq: number) => indexAfter(lines, seq, lineSeq);

/**
 * The log's lines as the reading rules say: hidden ones left out (and counted), repeats
 * folded. Updated incrementally as lines arrive and the oldest are trimmed, so a flood costs
 * only its new lines; a change of rules or options starts over.
 */
export class ReadingViewBuilder {
  private shown: HistoryLine[] = [];
  private hiddenSeqs: number[] = [];
  private lastSeq = -Infinity;
  private input: readonly HistoryLine[] | null = null;
  /** The oldest kept line's seq. */
  private floor = -Infinity;
  private readonly folds = new Map<string, Fold>();
  private readonly foldOrder: Fold[] = [];
  private readonly repeats = new Map<number, number>();
  private view: ReadingView = { lines: [], hidden: 0, repeats: this.repeats, newHighlights: 0 };

  constructor(
    readonly rules: ReadingRules,
    readonly options: ReadingViewOptions,
  ) {}

  /** Whether the line is in this view's reach at all (before the rules hide or fold it). */
  keeps(line: HistoryLine): boolean {
    const { hideIrc, hidePm, filter } = this.options;
    return (
      !(hideIrc && line.network === 'irc') && !(hidePm && line.to) && (!filter || filter(line))
    );
  }

  update(all: readonly HistoryLine[]): ReadingView {
    // The same lines again (React may ask twice): the same view, highlights not counted twice.
    if (all === this.input) return this.view;
    this.input = all;
    const firstSeq = all[0]?.seq ?? this.lastSeq + 1;
    const start = after(all, this.lastSeq);
    const trimmed = this.shown.length > 0 && this.shown[0]!.seq < firstSeq;
    const trimmedHidden = this.hiddenSeqs.length > 0 && this.hiddenSeqs[0]! < firstSeq;
    if (start >= all.length && !trimmed && !trimmedHidden) {
      if (this.view.newHighlights === 0) return this.view;
      this.view = { ...this.view, newHighlights: 0 };
      return this.view;
    }
    if (trimmed) {
      const drop = after(this.shown, firstSeq - 1);
      for (const line of this.shown.slice(0, drop)) this.repeats.delete(line.seq);
      this.shown = this.shown.slice(drop);
    }
    if (trimmedHidden) {
      this.hiddenSeqs = this.hiddenSeqs.slice(indexAfter(this.hiddenSeqs, firstSeq - 1, itself));
    }
    this.floor = firstSeq;
    const added: HistoryLine[] = [];
    let newHighlights = 0;
    const { foldRepeats, showHidden } = this.options;
    for (let i = start; i < all.length; i++) {
      const line = all[i]!;
      if (!this.keeps(line)) continue;
      const reading = this.rules.read(line);
      if (reading.hidden) {
        this.hiddenSeqs.push(line.seq);
        if (!showHidden) continue;
      }
      if (foldRepeats && !line.to && this.fold(line)) continue;
      if (reading.reasons.length > 0) newHighlights++;
      added.push(line);
    }
    this.lastSeq = all.at(-1)?.seq ?? this.lastSeq;
    if (added.length > 0) this.shown = this.shown.concat(added);
    this.view = {
      lines: this.shown,
      hidden: this.hiddenSeqs.length,
      repeats: this.repeats,
      newHighlights,
    };
    return this.view;
  }

  /** True when the line repeats one shown within the window (its count is raised instead). */
  private fold(line: HistoryLine): boolean {
    const at = timeOf(line);
    while (this.foldOrder.length > 0 && at - this.foldOrder[0]!.at > REPEAT_WINDOW_MS) {
      const old = this.foldOrder.shift()!;
      if (this.folds.get(old.key) === old) this.folds.delete(old.key);
    }
    const key = repeatKey(line.text);
    if (key.length === 0) return false;
    const fold = this.folds.get(key);
    if (fold && at - fold.at <= REPEAT_WINDOW_MS && fold.seq >= this.floor) {
      fold.count++;
      this.repeats.set(fold.seq, fold.count);
      return true;
    }
    const next = { seq: line.seq, at, count: 1, key };
    this.folds.set(key, next);
    this.foldOrder.push(next);
    return false;
  }
}
