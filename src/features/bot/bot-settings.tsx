import { useId, useState } from 'react';
import { useLingui } from '@lingui/react/macro';
import { useReadingSettings, useReadingSettingsStore } from '../reading';

type Field = 'autoReplies' | 'timedMessages';

/** One rule a line, kept as typed (lines that are not a rule are ignored, and said so). */
function RulesField({
  field,
  label,
  placeholder,
  hint,
}: {
  field: Field;
  label: string;
  placeholder: string;
  hint: string;
}) {
  const kept = useReadingSettings((state) => state.saved[field]);
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
              .slice(0, 50)
              .map((line) => line.slice(0, 500));
            readingSettings.store.getState().change({ [field]: lines });
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

/** Settings' bot group: auto-replies and timed messages. */
export function BotSettings() {
  const { t } = useLingui();
  return (
    <div className="flex flex-col gap-3">
      <RulesField
        field="autoReplies"
        label={t`Auto-replies`}
        placeholder={t`!discord Join us at https://discord.gg/…
!schedule Mon, Wed, Fri at 8 pm`}
        hint={t`One per line: !command answer. A line that is just the command gets the answer on its own network, at most once every 30 s.`}
      />
      <RulesField
        field="timedMessages"
        label={t`Timed messages`}
        placeholder={t`15 Follow on YouTube too!`}
        hint={t`One per line: MINUTES message. Sent to every live account every MINUTES while a dashboard is open and chat is not silent (5 lines since the last time).`}
      />
    </div>
  );
}
