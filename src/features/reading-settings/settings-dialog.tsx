import { useId, useMemo, useState } from 'react';
import { CheckField } from '../../components/ui/check-field';
import { DialogDone, ModalDialog } from '../../components/ui/modal-dialog';
import {
  splitList,
  type FoldRepeats,
  type ReadingSettings,
  type Timestamps,
  useReadingSettings,
  useReadingSettingsStore,
  useRegexEngine,
  compileWords,
  hasRegexEntry,
} from '../reading';
import { clearKeptChat } from '../kept-chat';

type ListName = 'highlightWords' | 'highlightUsers' | 'hiddenWords' | 'hiddenUsers';
const WORD_LISTS = new Set<ListName>(['highlightWords', 'hiddenWords']);

/**
 * A list field: entries separated by commas or new lines. What is typed is kept as typed in
 * the field; what is valid applies at once, and a refused regex is named with its reason.
 */
function ListField({
  name,
  label,
  hint,
  placeholder,
}: {
  name: ListName;
  label: string;
  hint: string;
  placeholder: string;
}) {
  const kept = useReadingSettings((state) => state.saved[name]);
  const readingSettings = useReadingSettingsStore();
  const [text, setText] = useState(() => kept.join('\n'));
  const words = WORD_LISTS.has(name);
  // A regex is checked in the pattern engine, loaded the first time one is typed.
  const engineReady = useRegexEngine(words && hasRegexEntry(splitList(text)));
  const { refused, waiting } = useMemo(
    () => (words ? compileWords(splitList(text)) : { refused: [], waiting: [] }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- checked again once the engine is in
    [words, text, engineReady],
  );
  const hintId = useId();
  const problemId = useId();
  const change = (value: string) => {
    setText(value);
    const entries = splitList(value);
    const problems = words ? compileWords(entries).refused : [];
    const bad = new Set(problems.map((problem) => problem.entry));
    readingSettings.store.getState().change({
      [name]: entries.filter((entry) => !bad.has(entry)),
    } as Partial<ReadingSettings>);
  };
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {label}
        <textarea
          value={text}
          onChange={(event) => change(event.target.value)}
          rows={2}
          spellCheck={false}
          placeholder={placeholder}
          aria-describedby={`${hintId}${refused.length > 0 ? ` ${problemId}` : ''}`}
          aria-invalid={refused.length > 0 || undefined}
          className="field min-h-[2.75rem] resize-y py-1.5 font-mono text-[0.8rem]"
        />
      </label>
      <span id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
        {hint}
      </span>
      {waiting.length > 0 && (
        <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
          Checking {waiting.length === 1 ? 'the pattern' : 'the patterns'}…
        </span>
      )}
      {refused.length > 0 && (
        <ul id={problemId} className="text-xs text-rose-700 dark:text-rose-300">
          {refused.map((problem) => (
            <li key={problem.entry}>
              Not used: <code>{problem.entry}</code>: {problem.reason}.
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SelectField<T extends string>({
  label,
  value,
  choices,
  onChange,
}: {
  label: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <label className="flex items-center justify-between gap-3 text-sm">
      {label}
      <select
        value={value}
        onChange={(event) => onChange(event.target.value as T)}
        className="field py-1"
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A whole number in a range; what is out of it is not applied, and said. */
function NumberField({
  label,
  hint,
  value,
  min,
  max,
  onChange,
}: {
  label: string;
  hint: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}) {
  const [text, setText] = useState(String(value));
  const hintId = useId();
  const number = Number(text);
  const valid = /^\d+$/.test(text.trim()) && number >= min && number <= max;
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-center justify-between gap-3 text-sm">
        {label}
        <input
          type="text"
          inputMode="numeric"
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
          className="field w-24 py-1 text-right tabular-nums"
        />
      </label>
      <span
        id={hintId}
        className={`text-xs ${valid ? 'text-zinc-600 dark:text-zinc-400' : 'text-rose-700 dark:text-rose-300'}`}
      >
        {valid ? hint : `From ${min.toLocaleString()} to ${max.toLocaleString()}.`}
      </span>
    </div>
  );
}

/** Quick replies: one per line (a reply may hold commas), offered by typing `;`. */
function QuickRepliesField() {
  const kept = useReadingSettings((state) => state.saved.quickReplies);
  const readingSettings = useReadingSettingsStore();
  const [text, setText] = useState(() => kept.join('\n'));
  const hintId = useId();
  return (
    <div className="flex flex-col gap-1">
      <label className="flex flex-col gap-1 text-sm font-medium">
        Quick replies
        <textarea
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            const replies = event.target.value
              .split(/\r?\n/)
              .map((line) => line.trim())
              .filter(Boolean)
              .slice(0, 50)
              .map((line) => line.slice(0, 500));
            readingSettings.store.getState().change({ quickReplies: replies });
          }}
          rows={3}
          placeholder={'Discord: https://discord.gg/…\nThanks for the raid!'}
          aria-describedby={hintId}
          className="field resize-y py-1.5 text-[0.85rem]"
        />
      </label>
      <span id={hintId} className="text-xs text-zinc-600 dark:text-zinc-400">
        One per line. Type ; in the message box to pick one.
      </span>
    </div>
  );
}

/** Forgets the chat kept on this device, after a second press. */
function ClearKeptChat() {
  const [state, setState] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button
        type="button"
        onClick={() => {
          if (state !== 'confirm') return setState('confirm');
          clearKeptChat().then(
            () => setState('done'),
            () => setState('failed'),
          );
        }}
        className="rounded-md border border-rose-500/50 px-2.5 py-1 font-medium text-rose-700 hover:bg-rose-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-rose-300"
      >
        {state === 'confirm' ? 'Really clear kept chat' : 'Clear kept chat'}
      </button>
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {state === 'confirm'
          ? 'Every stream’s kept chat and viewer figures on this device: press again.'
          : state === 'done'
            ? 'Cleared. What is on screen stays until the page closes.'
            : state === 'failed'
              ? 'This browser keeps nothing here to clear.'
              : ''}
      </span>
    </div>
  );
}

const TIMESTAMP_CHOICES: { value: Timestamps; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: '24h', label: '24 h (14:05)' },
  { value: '12h', label: '12 h (2:05 PM)' },
];
const FOLD_CHOICES: { value: FoldRepeats; label: string }[] = [
  { value: 'widgets', label: 'In widgets' },
  { value: 'everywhere', label: 'Everywhere' },
  { value: 'never', label: 'Never' },
];

function Group({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-3 border-t border-zinc-200 pt-3 first:border-t-0 first:pt-0 dark:border-zinc-800">
      <legend className="float-left mb-1 w-full text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {title}
      </legend>
      {children}
    </fieldset>
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
  return (
    <ModalDialog title="Settings" onClose={onClose}>
      <div className="flex flex-col gap-4 p-4">
        {notice && (
          <p role="status" className="rounded-lg bg-amber-500/15 px-3 py-2 text-sm">
            {notice}
          </p>
        )}
        <Group title="Highlights">
          <ListField
            name="highlightWords"
            label="Highlight words"
            placeholder="giveaway, /\bbugs?\b/"
            hint="Whole words or phrases, any case; /regex/ for patterns. Mentions of your own accounts always stand out."
          />
          <ListField
            name="highlightUsers"
            label="Highlight users"
            placeholder="modmarie, youtube:Lena Fischer"
            hint="A name on any network, or network:name."
          />
          <CheckField
            label="Highlight first-time chatters"
            hint="The first line this device sees from someone on this stream."
            checked={kept.highlightFirst}
            onChange={(highlightFirst) => change({ highlightFirst })}
          />
          <CheckField
            label="Sound on highlight"
            hint="A short chime in the dashboard, at most one every few seconds."
            checked={kept.sound}
            onChange={(sound) => change({ sound })}
          />
        </Group>
        <Group title="Hiding">
          <ListField
            name="hiddenWords"
            label="Hidden words"
            placeholder="spoiler, /spam+y/"
            hint="Lines holding these are not shown (the dashboard counts them)."
          />
          <ListField
            name="hiddenUsers"
            label="Hidden users"
            placeholder="Nightbot, twitch:StreamElements"
            hint="Their lines are not shown."
          />
          <CheckField
            label="Hide bot commands"
            hint="Lines that start with !, such as !discord."
            checked={kept.hideBotCommands}
            onChange={(hideBotCommands) => change({ hideBotCommands })}
          />
          <SelectField
            label="Fold repeated lines"
            value={kept.foldRepeats}
            choices={FOLD_CHOICES}
            onChange={(foldRepeats) => change({ foldRepeats })}
          />
        </Group>
        <Group title="Showing">
          <SelectField
            label="Timestamps"
            value={kept.timestamps}
            choices={TIMESTAMP_CHOICES}
            onChange={(timestamps) => change({ timestamps })}
          />
          <CheckField
            label="Streamer mode"
            hint={
              streamerModeFromAddress
                ? 'Set for this page by its address (streamer_mode); the choice here applies to the other pages.'
                : 'For a captured window: no private messages, pictures, link addresses or tokens.'
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
        <Group title="Talking">
          <QuickRepliesField />
        </Group>
        <Group title="Production">
          <NumberField
            label="Quiet network after (minutes)"
            hint="A live network with viewers and no chat that long, while others talk, is pointed out."
            value={kept.quietMinutes}
            min={1}
            max={120}
            onChange={(quietMinutes) => change({ quietMinutes })}
          />
          <NumberField
            label="Keep chat for (days)"
            hint="Chat is kept on this device and shown again after a reload; 0 keeps none."
            value={kept.keepDays}
            min={0}
            max={365}
            onChange={(keepDays) => change({ keepDays })}
          />
          <NumberField
            label="Keep at most (lines per stream)"
            hint="The oldest go first."
            value={kept.keepLines}
            min={0}
            max={1_000_000}
            onChange={(keepLines) => change({ keepLines })}
          />
          <ClearKeptChat />
        </Group>
        <p className="text-xs text-zinc-500 dark:text-zinc-400">
          Kept in this browser on this device, and used at once by every Chatdeck page open here
          (widgets in OBS docks and browser sources too).
        </p>
      </div>
      <DialogDone onDone={onClose} />
    </ModalDialog>
  );
}
