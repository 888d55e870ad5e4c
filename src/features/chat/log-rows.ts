/**
 * The log's rows in the DOM, as the keyboard sees them: which element is a line, which are its
 * controls, and how a line takes the focus.
 */
import type { LogKeyboardOptions } from './log-keyboard';

/** A line's wrapper in the log carries its seq: `<div data-seq="12"><article>…`. */
export const ROW = '[data-seq]';
export const CONTROLS =
  'a[href], button, input, select, textarea, summary, iframe, [contenteditable="true"], [data-row-control]';
/** Where Enter on a line goes first: its actions (Reply, Feature), else its first control. */
export const ACTIONS = '.row-actions button';

export function setTabIndex(element: HTMLElement, value: number): void {
  if (element.getAttribute('tabindex') !== String(value)) element.tabIndex = value;
}

/** Focused, and scrolled into view only as far as needed. */
export function focusLine(article: HTMLElement): void {
  article.focus({ preventScroll: true });
  article.scrollIntoView({ block: 'nearest' });
}

/** A control that takes part (not hidden by `display: none`). */
export function shown(control: HTMLElement): boolean {
  return control.getClientRects().length > 0;
}

/** The index of the line nearest to `seq` (the next one, else the last). */
export function nearestIndex(options: LogKeyboardOptions, seq: number): number {
  const count = options.count();
  for (let index = 0; index < count; index++) if (options.seqAt(index) > seq) return index;
  return count - 1;
}
