import { useId, useState, type ReactNode } from 'react';
import { useReadingSettings, useReadingSettingsStore } from './reading-settings-context';

/** The settings kept as one entry a line (an entry may hold commas). */
export type LinesSetting = 'quickReplies' | 'autoReplies' | 'timedMessages';

/** At most this many entries, each at most MAX_LINE_CHARS characters. */
const MAX_LINES = 50;
const MAX_LINE_CHARS = 500;

/**
 * A list of lines (quick replies, the bot's rules): one entry a line, kept as typed in the box;
 * the non-empty lines, trimmed, apply at once.
 */
export function LinesField({
  name,
  label,
  placeholder,
  hint,
}: {
  name: LinesSetting;
  label: ReactNode;
  placeholder: string;
  hint: ReactNode;
}) {
  const kept = useReadingSettings((state) => state.saved[name]);
  const readingSettings = useReadingSettingsStore();
  const [text, setText] = useState(() => kept.join('\n'));
  const hintId = useId();
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {label}
        <textarea
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const lines = event.target.value
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter(Boolean)
              .slice(0, MAX_LINES)
              .map((line) => line.slice(0, MAX_LINE_CHARS));
            readingSettings.store.getState().change({ [name]: lines });
          }}
          rows={3}
          placeholder={placeholder}
          aria-describedby={hintId}
          className="field resize-y py-1.5 text-[0.85rem]"
        />
      </label>
      <span id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
        {hint}
      </span>
    </div>
  );
}
