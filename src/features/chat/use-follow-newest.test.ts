import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AT_END_PX, useFollowNewest } from './use-follow-newest';

/** A scroll area jsdom can reason about: content height and scroll position set by hand. */
function scrollArea(content = 1000, viewHeight = 200) {
  let height = viewHeight;
  const element = document.createElement('div');
  let scrollTop = 0;
  let scrollHeight = content;
  Object.defineProperty(element, 'clientHeight', { get: () => height });
  Object.defineProperty(element, 'scrollHeight', { get: () => scrollHeight });
  Object.defineProperty(element, 'scrollTop', {
    get: () => scrollTop,
    set: (value: number) => {
      scrollTop = Math.max(0, Math.min(value, scrollHeight - height));
    },
  });
  return {
    element,
    grow: (by: number) => {
      scrollHeight += by;
    },
    /** Something above the view takes `by` px of its height. */
    shrinkView: (by: number) => {
      height -= by;
    },
  };
}

function follow(area: ReturnType<typeof scrollArea>, lastSeq = 10) {
  const ref = { current: area.element };
  return renderHook(({ seq }) => useFollowNewest(ref, seq), { initialProps: { seq: lastSeq } });
}

describe('useFollowNewest', () => {
  it('keeps the newest line at the bottom after every render while following', () => {
    const area = scrollArea();
    const { rerender, result } = follow(area);
    expect(area.element.scrollTop).toBe(800);
    area.grow(300);
    rerender({ seq: 20 });
    expect(area.element.scrollTop).toBe(1100);
    expect(result.current.pausedAfterSeq).toBeNull();
  });

  it('pauses when the reader scrolls away, remembers what they had seen, and stays put', () => {
    const area = scrollArea();
    const { rerender, result } = follow(area, 10);
    act(() => result.current.pause());
    expect(result.current.pausedAfterSeq).toBe(10);
    area.element.scrollTop = 100;
    area.grow(300);
    rerender({ seq: 25 });
    expect(area.element.scrollTop).toBe(100);
    // A second pause keeps the first line seen.
    act(() => result.current.pause());
    expect(result.current.pausedAfterSeq).toBe(10);
  });

  it('a drag away from the end pauses; a scroll back to the end resumes', () => {
    const area = scrollArea();
    const { result } = follow(area);
    act(() => result.current.onPointerDown());
    area.element.scrollTop = 300;
    act(() => result.current.onScroll());
    expect(result.current.pausedAfterSeq).toBe(10);
    act(() => result.current.onPointerUp());
    area.element.scrollTop = 800 - AT_END_PX;
    act(() => result.current.onScroll());
    expect(result.current.pausedAfterSeq).toBeNull();
  });

  it('a bar appearing above the view at the end keeps the lines in place and the pause', () => {
    const area = scrollArea();
    const { result } = follow(area);
    expect(area.element.scrollTop).toBe(800);
    act(() => result.current.pause());
    area.shrinkView(26);
    act(() => result.current.keepInPlace(26));
    expect(area.element.scrollTop).toBe(826);
    // Its scroll event comes at the end of the log, and is not the reader coming back.
    act(() => result.current.onScroll());
    expect(result.current.pausedAfterSeq).toBe(10);
    // The reader's own scroll to the end still resumes.
    area.element.scrollTop = 826;
    act(() => result.current.onScroll());
    expect(result.current.pausedAfterSeq).toBeNull();
  });

  it('a click in the log while the end moves away (a strip opening, lines coming) does not pause it', () => {
    const area = scrollArea();
    const { result } = follow(area);
    // The pointer goes down on a line's Feature button; the featured strip takes room and
    // new lines lengthen the log before the view is taken to the end again.
    act(() => result.current.onPointerDown());
    area.grow(300);
    act(() => result.current.onScroll());
    expect(result.current.pausedAfterSeq).toBeNull();
    act(() => result.current.onPointerUp());
  });

  it('the log scrolling itself (no reader) never pauses it', () => {
    const area = scrollArea();
    const { result } = follow(area);
    area.element.scrollTop = 100;
    act(() => result.current.onScroll());
    expect(result.current.pausedAfterSeq).toBeNull();
  });

  it('jump to live resumes and scrolls to the newest line', () => {
    const area = scrollArea();
    const { result } = follow(area);
    act(() => result.current.pause());
    area.element.scrollTop = 0;
    act(() => result.current.jumpToLive());
    expect(result.current.pausedAfterSeq).toBeNull();
    expect(area.element.scrollTop).toBe(800);
  });

  it('nothing to scroll: a pause is not taken', () => {
    const area = scrollArea(150, 200);
    const { result } = follow(area);
    act(() => result.current.pause());
    expect(result.current.pausedAfterSeq).toBeNull();
  });
});
