import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { HistoryLine } from '../../store/slices/history';
import { useStreamStore } from '../../store/stream-context';

/**
 * The chatter's card a name opens, and where the focus goes when it closes: back to that name
 * (its row drawn again if need be), else to the message box (`toMessageBox`) when the line has
 * gone; nowhere after a reply (the message box has it).
 */
export function useUserCard(
  scrollRef: RefObject<HTMLDivElement | null>,
  { toMessageBox }: { toMessageBox: boolean },
) {
  const store = useStreamStore();
  const [card, setCard] = useState<{ line: HistoryLine; from: HTMLElement } | null>(null);
  const openCard = useCallback(
    (line: HistoryLine, from: HTMLElement) => setCard({ line, from }),
    [],
  );
  // Back to the name that opened the card (its row still on screen), unless replying. Done
  // once the dialog has gone: while it is open, the rest of the page cannot take the focus.
  const returnFocus = useRef<{ element: HTMLElement; seq: number } | null>(null);
  const closeCard = useCallback(
    ({ replied }: { replied: boolean } = { replied: false }) => {
      returnFocus.current = replied || !card ? null : { element: card.from, seq: card.line.seq };
      setCard(null);
    },
    [card],
  );
  useEffect(() => {
    const target = returnFocus.current;
    if (card || !target) return;
    returnFocus.current = null;
    // The same name, even if its row was drawn again while the card was open.
    const nameOf = () =>
      target.element.isConnected
        ? target.element
        : scrollRef.current?.querySelector<HTMLElement>(`[data-seq="${target.seq}"] .author-name`);
    const name = nameOf();
    if (name) name.focus();
    // The line has gone (hidden, trimmed): the message box, where there is one.
    else if (toMessageBox) store.getState().askMessageFocus();
    // Once more after the browser's own focus restoring for the closed dialog, if it moved it.
    const frame = requestAnimationFrame(() => {
      const name = nameOf();
      if (name && document.activeElement !== name) name.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [card, store, toMessageBox, scrollRef]);

  return { card, openCard, closeCard };
}
