import { useId, useState, type ReactNode } from 'react';

/** At most this many entries, each at most MAX_LINE_CHARS characters. */
const MAX_LINES = 50;
const MAX_LINE_CHARS = 500;

/**
 * A list of lines (quick replies, the bot's rules): one entry a line (an entry may hold
 * commas). The box keeps what is typed; `onChange` gets the non-empty lines, trimmed, at once.
 * `lines` is read when the field first shows.
 */
export function LinesField({
  label,
  lines,
  onChange,
  placeholder,
  hint,
}: {
  label: ReactNode;
  lines: readonly string[];
  onChange: (lines: string[]) => void;
  placeholder: string;
  /** A line under the field saying what it takes; read out with it. */
  hint: ReactNode;
}) {
  const [text, setText] = useState(() => lines.join('\n'));
  const hintId = useId();
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {label}
        <textarea
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onChange(
              event.target.value
                .split(/\r?\n/)
                .map((line) => line.trim())
                .filter(Boolean)
                .slice(0, MAX_LINES)
                .map((line) => line.slice(0, MAX_LINE_CHARS)),
            );
          }}
          rows={3}
          placeholder={placeholder}
          aria-describedby={hintId}
          className="field resize-y py-1.5 text-[0.85rem]"
        />
      </label>
      {/* The hint sits outside the label: it describes the field, it is not part of its name. */}
      <span id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
        {hint}
      </span>
    </div>
  );
}
