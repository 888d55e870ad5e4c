/**
 * The chat log by keyboard, on the WAI-ARIA feed and grid patterns (roving tabindex): the log
 * is one Tab stop; inside it Up/Down, Home/End and PageUp/PageDown move from line to line (each
 * `article` focusable), Right/Left (or Tab, once inside a line) reach a line's own controls,
 * Enter on a line goes to its actions, Escape leaves for the message box.
 *
 * Plain DOM, no React: rows are virtualised and hold untrusted rendered markdown (links), so
 * every focusable a row draws, whenever it draws it, is taken out of the Tab order here (a
 * MutationObserver), and only the line that holds the roving stop is in it. Rows stay cheap:
 * they carry no tabindex props and no handlers of their own.
 */

import { inlineStep } from '../../components/ui/inline-keys';
import { ACTIONS, CONTROLS, ROW, focusLine, nearestIndex, setTabIndex, shown } from './log-rows';

export interface LogKeyboardOptions {
  /** How many lines the log shows now. */
  count(): number;
  /** The seq of the line at `index`. */
  seqAt(index: number): number;
  /** The index of the line with `seq`, or -1. */
  indexOf(seq: number): number;
  /** Draws line `index` (it may be outside the rendered rows); it is focused once drawn. */
  reveal(index: number): void;
  /** Escape: the focus goes to the message box; false when there is none (it stays). */
  leave(): boolean;
  /** A line (or one of its controls) has the focus, or no longer has it. */
  onHold(holding: boolean): void;
  /** The line that holds the roving Tab stop changed (null: the log itself). */
  onActive(seq: number | null): void;
}

type Where = 'line' | 'controls';

export class LogKeyboard {
  /** The line that holds the roving Tab stop; null: the log itself holds it. */
  private activeSeq: number | null = null;
  /** Whether the line's own controls are in the Tab order (the focus is on one of them). */
  private where: Where = 'line';
  /** A line asked for that was not drawn yet: focused as soon as it is. */
  private pendingSeq: number | null = null;
  private holding = false;
  /** A pointer is pressed in the log: the focus it moves is the pointer's, not the keyboard's. */
  private pointerDown = false;
  private readonly observer: MutationObserver;
  private readonly resize: ResizeObserver | null;

  /**
   * `area`: the log with the bars that go with it (paused, new lines): the focus moving there
   * from a line still holds the log, and the line keeps the Tab stop.
   */
  constructor(
    private readonly log: HTMLElement,
    private readonly options: LogKeyboardOptions,
    private readonly area: HTMLElement = log,
  ) {
    log.addEventListener('keydown', this.onKeyDown);
    area.addEventListener('focusin', this.onFocusIn);
    area.addEventListener('focusout', this.onFocusOut);
    area.addEventListener('pointerdown', this.onPointerDown, true);
    window.addEventListener('pointerup', this.onPointerUp, true);
    window.addEventListener('pointercancel', this.onPointerUp, true);
    this.observer = new MutationObserver(this.onMutation);
    this.observer.observe(log, { childList: true, subtree: true });
    // The log got shorter (a bar appeared under it): the focused line stays in view.
    this.resize =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(this.keepActiveInView);
    this.resize?.observe(log);
    this.sync();
  }

  dispose(): void {
    this.log.removeEventListener('keydown', this.onKeyDown);
    this.area.removeEventListener('focusin', this.onFocusIn);
    this.area.removeEventListener('focusout', this.onFocusOut);
    this.area.removeEventListener('pointerdown', this.onPointerDown, true);
    window.removeEventListener('pointerup', this.onPointerUp, true);
    window.removeEventListener('pointercancel', this.onPointerUp, true);
    this.observer.disconnect();
    this.resize?.disconnect();
  }

  /** The log's rows changed: a wanted line is focused, a lost focus found again. */
  private settle(): void {
    if (this.pendingSeq !== null) {
      const article = this.articleOf(this.pendingSeq);
      if (article) {
        this.pendingSeq = null;
        focusLine(article);
      }
      return;
    }
    this.recover();
  }

  /** Roving tabindex on the log, every line and every control the lines hold. */
  sync(): void {
    const rows = this.log.querySelectorAll<HTMLElement>(ROW);
    let activeDrawn = false;
    for (const row of rows) {
      const active = Number(row.dataset.seq) === this.activeSeq;
      if (active) activeDrawn = true;
      const article = row.querySelector('article');
      if (article) setTabIndex(article, active ? 0 : -1);
      const controlsTabbable = active && this.where === 'controls';
      for (const control of row.querySelectorAll<HTMLElement>(CONTROLS)) {
        setTabIndex(control, controlsTabbable ? 0 : -1);
      }
    }
    // Without a drawn line holding the stop, the log itself is the one Tab stop.
    setTabIndex(this.log, activeDrawn ? -1 : 0);
  }

  private onMutation = (): void => {
    this.sync();
    this.settle();
  };

  /** The focus was on a line that went (trimmed, hidden): to the nearest line, or the log. */
  private recover(): void {
    if (!this.holding) return;
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused.isConnected) return;
    const seq = this.activeSeq;
    const count = this.options.count();
    if (seq !== null && count > 0) {
      const index = this.options.indexOf(seq);
      const nearest = index >= 0 ? index : nearestIndex(this.options, seq);
      this.focusIndex(nearest);
      return;
    }
    this.setActive(null, 'line');
    this.log.focus({ preventScroll: true });
  }

  private onPointerDown = (): void => {
    this.pointerDown = true;
    // A press on a line that already has the focus hands it to the pointer: not held.
    this.setHolding(false);
  };

  private onPointerUp = (): void => {
    this.pointerDown = false;
  };

  private onFocusIn = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    if (target === this.log) {
      // The log itself (Tab, or a click between lines): it holds the stop, nothing is held.
      this.setActive(null, 'line');
      this.setHolding(false);
      return;
    }
    const row = target.closest<HTMLElement>(ROW);
    if (!row || !this.log.contains(row)) return;
    const where: Where = target.tagName === 'ARTICLE' ? 'line' : 'controls';
    this.setActive(Number(row.dataset.seq), where);
    // Held only for the keyboard: a click on a line or its button does not stop the chat (and
    // nothing moves under the pointer between its press and its release).
    this.setHolding(!this.pointerDown);
  };

  private onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.area.contains(next)) return;
    const from = event.target as HTMLElement;
    // The focused row went away (not the reader's doing): found again once the log settles.
    if (!from.isConnected) {
      queueMicrotask(() => this.recover());
      return;
    }
    // The window lost the focus (another window, the OBS scene): it comes back to the line.
    if (next === null && !document.hasFocus()) return;
    this.setActive(null, 'line');
    this.setHolding(false);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    const last = this.options.count() - 1;
    if (target === this.log) {
      if (last < 0) return;
      if (event.key === 'ArrowUp' || event.key === 'ArrowDown' || event.key === 'End') {
        this.take(event, () => this.focusIndex(last));
      } else if (event.key === 'Home') {
        this.take(event, () => this.focusIndex(0));
      } else if (event.key === 'Escape') {
        this.take(event, () => this.options.leave());
      }
      return;
    }
    const row = target.closest<HTMLElement>(ROW);
    const article = row?.querySelector('article');
    if (!row || !article || !this.log.contains(row)) return;
    const index = this.options.indexOf(Number(row.dataset.seq));
    const controls = [...article.querySelectorAll<HTMLElement>(CONTROLS)].filter(shown);
    const at = target === article ? -1 : controls.indexOf(target);
    const page = Math.max(1, Math.floor(this.log.clientHeight / 32) - 1);
    switch (event.key) {
      case 'ArrowDown':
        return this.take(event, () => this.focusIndex(Math.min(last, index + 1)));
      case 'ArrowUp':
        return this.take(event, () => this.focusIndex(Math.max(0, index - 1)));
      case 'PageDown':
        return this.take(event, () => this.focusIndex(Math.min(last, index + page)));
      case 'PageUp':
        return this.take(event, () => this.focusIndex(Math.max(0, index - page)));
      case 'Home':
        return this.take(event, () => this.focusIndex(0));
      case 'End':
        return this.take(event, () => this.focusIndex(last));
      case 'ArrowRight':
      case 'ArrowLeft':
        // Along the line's buttons as drawn: in Arabic (right to left) ArrowLeft goes on.
        if (inlineStep(event.key, article) > 0) {
          if (at + 1 < controls.length)
            this.take(event, () => this.focusControl(controls[at + 1]!));
        } else if (at >= 0) {
          this.take(event, () =>
            at === 0 ? focusLine(article) : this.focusControl(controls[at - 1]!),
          );
        }
        return;
      case 'Enter':
        if (target !== article) return;
        return this.take(event, () => {
          const first = article.querySelector<HTMLElement>(ACTIONS) ?? controls[0];
          if (first) this.focusControl(first);
        });
      case 'Escape':
        return this.take(event, () => this.options.leave());
    }
  };

  private take(event: KeyboardEvent, act: () => unknown): void {
    event.preventDefault();
    event.stopPropagation();
    act();
  }

  private focusIndex(index: number): void {
    if (index < 0 || index >= this.options.count()) return;
    const seq = this.options.seqAt(index);
    const article = this.articleOf(seq);
    if (article) {
      focusLine(article);
      return;
    }
    // Not drawn (virtualised): drawn first, focused after that render.
    this.pendingSeq = seq;
    this.options.reveal(index);
  }

  private focusControl(control: HTMLElement): void {
    // In the Tab order before it takes the focus, so Tab then goes on inside the line.
    this.where = 'controls';
    this.sync();
    control.focus();
  }

  private articleOf(seq: number): HTMLElement | null {
    return this.log.querySelector<HTMLElement>(`[data-seq="${seq}"] article`);
  }

  private setActive(seq: number | null, where: Where): void {
    if (seq === this.activeSeq && where === this.where) return;
    const changed = seq !== this.activeSeq;
    this.activeSeq = seq;
    this.where = where;
    this.sync();
    if (changed) this.options.onActive(seq);
  }

  private setHolding(holding: boolean): void {
    if (holding === this.holding) return;
    this.holding = holding;
    this.options.onHold(holding);
  }

  private keepActiveInView = (): void => {
    if (!this.holding || this.activeSeq === null) return;
    this.articleOf(this.activeSeq)?.scrollIntoView({ block: 'nearest' });
  };
}
