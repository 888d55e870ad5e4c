import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState } from 'react';
import { CheckField } from '../../components/ui/check-field';
import { LanguageField } from '../../i18n/language-field';
import { DialogDone, ModalDialog } from '../../components/ui/modal-dialog';
import {
  MAX_LEARN_MINUTES,
  type FoldRepeats,
  type ReadingSettings,
  type Timestamps,
} from './reading-settings';
import { useReadingSettings, useReadingSettingsStore } from './reading-settings-context';
import { ClearKeptChat, Group, ListField, QuickRepliesField, SelectField } from './settings-fields';

/** A whole number in a range; what is out of it is not applied, and said. */
function NumberField({
  label,
  hint,
  value,
  min,
  max,
  onChange,
  spin = false,
}: {
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** A number input (a `spinbutton`: arrow keys step it). */
  spin?: boolean;
}) {
  const { t, i18n } = useLingui();
  const [text, setText] = useState(String(value));
  const lowest = i18n.number(min);
  const highest = i18n.number(max);
  const hintId = useId();
  const number = Number(text);
  const valid = /^\d+$/.test(text.trim()) && number >= min && number <= max;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center justify-between gap-3 text-sm">
        {label}
        <input
          type={spin ? 'number' : 'text'}
          inputMode="numeric"
          {...(spin && { min, max, step: 1 })}
          value={text}
          aria-describedby={hintId}
          aria-invalid={!valid || undefined}
          onChange={(event) => {
            setText(event.target.value);
            const next = Number(event.target.value);
            if (/^\d+$/.test(event.target.value.trim()) && next >= min && next <= max) {
              onChange(next);
            }
          }}
          className="field w-24 py-1 text-end tabular-nums"
        />
      </label>
      <span
        id={hintId}
        className={`text-xs ${valid ? 'text-zinc-600 dark:text-zinc-400' : 'text-rose-700 dark:text-rose-300'}`}
      >
        {valid ? hint : t`From ${lowest} to ${highest}.`}
      </span>
    </div>
  );
}

/**
 * Reading settings, kept on this device and applied at once to every open Chatdeck page of
 * this origin: highlights, hiding, repeats, timestamps, streamer mode.
 */
export function SettingsDialog({
  onClose,
  groups = [],
}: {
  onClose: () => void;
  /** Other features' settings, each a group of its own (after "Showing"). */
  groups?: readonly { title: string; content: React.ReactNode }[];
}) {
  const kept = useReadingSettings((state) => state.saved);
  const readingSettings = useReadingSettingsStore();
  const overrides = useReadingSettings((state) => state.overrides);
  const notice = useReadingSettings((state) => state.notice);
  const change = (patch: Partial<ReadingSettings>) =>
    readingSettings.store.getState().change(patch);
  const streamerModeFromAddress = overrides.streamerMode !== undefined;
  const { t, i18n } = useLingui();
  const timestampChoices: { value: Timestamps; label: string }[] = [
    { value: 'off', label: t`Off` },
    { value: '24h', label: t`24 h (14:05)` },
    { value: '12h', label: t`12 h (2:05 PM)` },
  ];
  const foldChoices: { value: FoldRepeats; label: string }[] = [
    { value: 'widgets', label: t`In widgets` },
    { value: 'everywhere', label: t`Everywhere` },
    { value: 'never', label: t`Never` },
  ];
  return (
    <ModalDialog title={t`Settings`} onClose={onClose}>
      <div className="flex flex-col gap-4 p-4">
        {notice && (
          <p role="status" className="rounded-lg bg-amber-500/15 px-3 py-2 text-sm">
            {i18n._(notice)}
          </p>
        )}
        <LanguageField />
        <Group title={t`Highlights`}>
          <ListField
            name="highlightWords"
            label={t`Highlight words`}
            placeholder={t`giveaway, /\\bbugs?\\b/`}
            hint={t`Whole words or phrases, any case; /regex/ for patterns. Mentions of your own accounts always stand out.`}
          />
          <ListField
            name="highlightUsers"
            label={t`Highlight users`}
            placeholder={t`modmarie, youtube:Lena Fischer`}
            hint={t`A name on any network, or network:name.`}
          />
          <CheckField
            label={t`Highlight first-time chatters`}
            hint={t`The first line this device sees from someone on this stream.`}
            checked={kept.highlightFirst}
            onChange={(highlightFirst) => change({ highlightFirst })}
          />
          <NumberField
            spin
            label={t`Learn chatters for (minutes)`}
            hint={t`Nobody is marked first-time until this device has followed this stream's chat that long (added up across visits); 0 marks from the first line.`}
            value={kept.learnMinutes}
            min={0}
            max={MAX_LEARN_MINUTES}
            onChange={(learnMinutes) => change({ learnMinutes })}
          />
          <CheckField
            label={t`Sound on highlight`}
            hint={t`A short chime in the dashboard, at most one every few seconds.`}
            checked={kept.sound}
            onChange={(sound) => change({ sound })}
          />
        </Group>
        <Group title={t`Hiding`}>
          <ListField
            name="hiddenWords"
            label={t`Hidden words`}
            placeholder={t`spoiler, /spam+y/`}
            hint={t`Lines holding these are not shown (the dashboard counts them).`}
          />
          <ListField
            name="hiddenUsers"
            label={t`Hidden users`}
            placeholder={t`Nightbot, twitch:StreamElements`}
            hint={t`Their lines are not shown.`}
          />
          <CheckField
            label={t`Hide bot commands`}
            hint={t`Lines that start with !, such as !discord.`}
            checked={kept.hideBotCommands}
            onChange={(hideBotCommands) => change({ hideBotCommands })}
          />
          <SelectField
            label={t`Fold repeated lines`}
            value={kept.foldRepeats}
            choices={foldChoices}
            onChange={(foldRepeats) => change({ foldRepeats })}
          />
        </Group>
        <Group title={t`Showing`}>
          <SelectField
            label={t`Timestamps`}
            value={kept.timestamps}
            choices={timestampChoices}
            onChange={(timestamps) => change({ timestamps })}
          />
          <CheckField
            label={t`Streamer mode`}
            hint={
              streamerModeFromAddress
                ? t`Set for this page by its address (streamer_mode); the choice here applies to the other pages.`
                : t`For a captured window: no private messages, pictures, link addresses or tokens.`
            }
            checked={kept.streamerMode}
            onChange={(streamerMode) => change({ streamerMode })}
          />
        </Group>
        {groups.map((group) => (
          <Group key={group.title} title={group.title}>
            {group.content}
          </Group>
        ))}
        <Group title={t`Talking`}>
          <QuickRepliesField />
        </Group>
        <Group title={t`Production`}>
          <NumberField
            label={t`Quiet network after (minutes)`}
            hint={t`A live network with viewers and no chat that long, while others talk, is pointed out.`}
            value={kept.quietMinutes}
            min={1}
            max={120}
            onChange={(quietMinutes) => change({ quietMinutes })}
          />
          <NumberField
            label={t`Keep chat for (days)`}
            hint={t`Chat is kept on this device and shown again after a reload; 0 keeps none.`}
            value={kept.keepDays}
            min={0}
            max={365}
            onChange={(keepDays) => change({ keepDays })}
          />
          <NumberField
            label={t`Keep at most (lines per stream)`}
            hint={t`The oldest go first.`}
            value={kept.keepLines}
            min={0}
            max={1_000_000}
            onChange={(keepLines) => change({ keepLines })}
          />
          <ClearKeptChat />
        </Group>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          <Trans>
            Kept in this browser on this device, and used at once by every Chatdeck page open here
            (widgets in OBS docks and browser sources too).
          </Trans>
        </p>
      </div>
      <DialogDone onDone={onClose} />
    </ModalDialog>
  );
}
