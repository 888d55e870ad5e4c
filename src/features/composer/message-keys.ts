import { useState, type KeyboardEvent, type RefObject } from 'react';
import type { StreamStore } from '../../store/stream-store';
import {
  completeName,
  recentNames,
  suggestionsFor,
  type Completion,
  type Suggestion,
} from './suggestions';

export interface MessageKeysInput {
  draft: string;
  quickReplies: readonly string[];
  sentLines: readonly string[];
  replying: boolean;
  store: StreamStore;
  messageRef: RefObject<HTMLInputElement | null>;
  setDraft: (draft: string) => void;
  cancelReply: () => void;
  send: (keep: boolean) => void;
}

/**
 * The message box's keys: Up and Down recall sent lines, Tab completes a chatter's name, `/`
 * and `;` list commands and quick replies (Up, Down, Enter or Tab pick one; Escape closes
 * them), Ctrl+Enter sends and keeps the text, Escape cancels a reply.
 */
export function useMessageKeys({
  draft,
  quickReplies,
  sentLines,
  replying,
  store,
  messageRef,
  setDraft,
  cancelReply,
  send,
}: MessageKeysInput) {
  const [recall, setRecall] = useState<number | null>(null);
  const [completion, setCompletion] = useState<Completion['cycle'] | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const suggestions: Suggestion[] = dismissed === draft ? [] : suggestionsFor(draft, quickReplies);
  const activeIndex = Math.min(active, Math.max(0, suggestions.length - 1));

  const type = (value: string) => {
    setDraft(value);
    setRecall(null);
    setCompletion(null);
    setActive(0);
  };
  const choose = (suggestion: Suggestion) => {
    type(suggestion.value);
    setDismissed(suggestion.value);
    messageRef.current?.focus();
  };
  const sendLine = (keep: boolean) => {
    send(keep);
    setRecall(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + suggestions.length) % suggestions.length);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        choose(suggestions[activeIndex]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(draft);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      sendLine(true);
      return;
    }
    if (event.key === 'Escape' && replying) {
      event.preventDefault();
      cancelReply();
      return;
    }
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const recalling = recall !== null || draft === '';
      if (!recalling || sentLines.length === 0) return;
      event.preventDefault();
      const current = recall ?? sentLines.length;
      const next =
        event.key === 'ArrowUp'
          ? Math.max(0, current - 1)
          : Math.min(sentLines.length, current + 1);
      setDraft(next === sentLines.length ? '' : sentLines[next]!);
      setRecall(next === sentLines.length ? null : next);
      return;
    }
    if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey) {
      const caret = input.selectionStart ?? draft.length;
      const names = recentNames(store.getState().messages);
      const done = completeName(draft, caret, names, completion);
      if (!done) return;
      event.preventDefault();
      setDraft(done.draft);
      setCompletion(done.cycle);
      requestAnimationFrame(() => input.setSelectionRange(done.caret, done.caret));
    }
  };

  return { suggestions, activeIndex, type, choose, sendLine, onKeyDown };
}
