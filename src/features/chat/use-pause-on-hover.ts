import { useEffect, useRef, useState, type RefObject } from 'react';

export interface PauseOnHoverOptions {
  enabled: boolean;
  /** From useFollowNewest: stop following, and go back to the newest line. */
  pause(): void;
  jumpToLive(): void;
  /** Whether the log follows no longer (for any reason). */
  paused: boolean;
  /** The newest line's seq: a line arriving while the pointer rests may need the pause. */
  lastSeq: number;
}

/**
 * Pause while the pointer rests on the chat, as Twitch and Chatterino do: a mouse or pen on
 * `area` stops the log following new lines (a line under the pointer stays put), and leaving
 * follows again. Once the reader scrolls, presses a key or clicks there, the pause is theirs
 * and leaving keeps it. Returns whether the log is paused by the pointer.
 */
export function usePauseOnHover(
  area: RefObject<HTMLElement | null>,
  { enabled, pause, jumpToLive, paused, lastSeq }: PauseOnHoverOptions,
): boolean {
  const [hovering, setHovering] = useState(false);
  const state = useRef({
    inside: false,
    byHover: false,
    takenOver: false,
    pause,
    jumpToLive,
    paused,
  });
  useEffect(() => {
    Object.assign(state.current, { pause, jumpToLive, paused });
  });

  useEffect(() => {
    const element = area.current;
    if (!element || !enabled) return;
    const current = state.current;
    const enter = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
      current.inside = true;
      current.takenOver = false;
      if (current.paused) return;
      current.byHover = true;
      current.pause();
      setHovering(true);
    };
    const leave = (event: PointerEvent) => {
      if (event.pointerType !== 'mouse' && event.pointerType !== 'pen') return;
      current.inside = false;
      if (!current.byHover) return;
      current.byHover = false;
      setHovering(false);
      current.jumpToLive();
    };
    const takeOver = () => {
      current.byHover = false;
      current.takenOver = true;
      setHovering(false);
    };
    element.addEventListener('pointerenter', enter);
    element.addEventListener('pointerleave', leave);
    for (const type of ['wheel', 'keydown', 'pointerdown'] as const) {
      element.addEventListener(type, takeOver);
    }
    return () => {
      element.removeEventListener('pointerenter', enter);
      element.removeEventListener('pointerleave', leave);
      for (const type of ['wheel', 'keydown', 'pointerdown'] as const) {
        element.removeEventListener(type, takeOver);
      }
      current.inside = false;
      current.byHover = false;
      setHovering(false);
    };
  }, [area, enabled]);

  // A log too short to scroll cannot pause; once lines fill it, the resting pointer pauses it.
  useEffect(() => {
    const current = state.current;
    if (!enabled || !current.inside || current.takenOver || current.paused) return;
    current.byHover = true;
    current.pause();
    setHovering(true);
  }, [enabled, lastSeq]);

  return hovering && paused;
}
