import { useEffect, useRef, useState, type PointerEvent } from 'react';

export interface PauseOnHoverOptions {
  enabled: boolean;
  /** From useFollowNewest: stop following, and go back to the newest line. */
  pause(): void;
  jumpToLive(): void;
  /** Whether the log follows no longer (for any reason). */
  paused: boolean;
}

const isPointer = (event: PointerEvent) =>
  event.pointerType === 'mouse' || event.pointerType === 'pen';

/**
 * Pause while the pointer rests on the chat, as Twitch and Chatterino do: a mouse or pen on
 * the chat's area stops the log following new lines (a line under the pointer stays put), and
 * leaving follows again. Once the reader scrolls with the wheel or presses a key there, the
 * pause is theirs and leaving keeps it. Gives the area's handlers, and whether the pointer
 * paused it.
 */
export function usePauseOnHover({ enabled, pause, jumpToLive, paused }: PauseOnHoverOptions) {
  const [byPointer, setByPointer] = useState(false);
  const pointer = useRef({ inside: false, takenOver: false });
  // On entering, and as lines arrive (a log too short to scroll cannot pause until it fills):
  // after every render, and it sets state only when it pauses (then `paused` stops it).
  // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately after every render
  useEffect(() => {
    const { inside, takenOver } = pointer.current;
    if (!enabled || !inside || takenOver || paused) return;
    pause();
    setByPointer(true);
  });
  const takeOver = () => {
    pointer.current.takenOver = true;
    setByPointer(false);
  };
  const handlers = {
    onPointerEnter: (event: PointerEvent) => {
      if (!isPointer(event)) return;
      pointer.current = { inside: true, takenOver: false };
      if (enabled && !paused) {
        pause();
        setByPointer(true);
      }
    },
    onPointerLeave: (event: PointerEvent) => {
      if (!isPointer(event)) return;
      pointer.current.inside = false;
      if (!byPointer) return;
      setByPointer(false);
      jumpToLive();
    },
    onWheel: takeOver,
    onKeyDown: takeOver,
  };
  return { pausedByPointer: enabled && byPointer && paused, handlers };
}
