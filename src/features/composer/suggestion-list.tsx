import { useLingui } from '@lingui/react/macro';
import type { Suggestion } from './suggestions';

/** The commands (`/`) or quick replies (`;`) over the message box; the box keeps the focus. */
export function SuggestionList({
  id,
  suggestions,
  activeIndex,
  quickReplies,
  onChoose,
}: {
  id: string;
  suggestions: readonly Suggestion[];
  activeIndex: number;
  quickReplies: boolean;
  onChoose: (suggestion: Suggestion) => void;
}) {
  const { t } = useLingui();
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={quickReplies ? t`Quick replies` : t`Commands`}
      className="absolute bottom-full start-0 z-20 mb-1 flex max-h-60 w-full max-w-md flex-col overflow-y-auto rounded-lg border border-zinc-200 bg-white p-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
    >
      {suggestions.map((suggestion, index) => (
        <li
          key={suggestion.label}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === activeIndex}
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(suggestion);
          }}
          className={`cursor-pointer rounded-md px-2 py-1 ${
            index === activeIndex ? 'bg-violet-500/15' : ''
          }`}
        >
          <span className="font-mono text-xs">{suggestion.label}</span>
          {suggestion.description && (
            <span className="ms-2 text-xs text-zinc-500 dark:text-zinc-400">
              {suggestion.description}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
