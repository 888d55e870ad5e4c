import type { MessageDescriptor } from '@lingui/core';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { LinesField } from '../../components/ui/lines-field';
import { clearKeptChat } from '../kept-chat';
import { splitList, type ReadingSettings } from './reading-settings';
import { useReadingSettings, useReadingSettingsStore } from './reading-settings-context';
import { useRegexEngine } from './regex-engine';
import { compileWords, hasRegexEntry } from './word-pattern';

export type ListName = 'highlightWords' | 'highlightUsers' | 'hiddenWords' | 'hiddenUsers';
const WORD_LISTS = new Set<ListName>(['highlightWords', 'hiddenWords']);

/**
 * A list field: entries separated by commas or new lines. What is typed is kept as typed in
 * the field; what is valid applies at once, and a refused regex is named with its reason.
 */
export function ListField({
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
          <Plural
            value={waiting.length}
            one="Checking the pattern…"
            other="Checking the patterns…"
          />
        </span>
      )}
      {refused.length > 0 && (
        <ul id={problemId} className="text-xs text-rose-700 dark:text-rose-300">
          {refused.map((problem) => (
            <li key={problem.entry}>
              <RefusedEntry entry={problem.entry} refusal={problem.reason} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RefusedEntry({ entry, refusal }: { entry: string; refusal: MessageDescriptor }) {
  const { i18n } = useLingui();
  const reason = i18n._(refusal);
  return (
    <Trans>
      Not used: <code>{entry}</code>: {reason}.
    </Trans>
  );
}

export function SelectField<T extends string>({
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
/** Quick replies: one per line (a reply may hold commas), offered by typing `;`. */
export function QuickRepliesField() {
  const kept = useReadingSettings((state) => state.saved.quickReplies);
  const readingSettings = useReadingSettingsStore();
  const { t } = useLingui();
  return (
    <LinesField
      label={<Trans>Quick replies</Trans>}
      lines={kept}
      onChange={(quickReplies) => readingSettings.store.getState().change({ quickReplies })}
      placeholder={t`Discord: https://discord.gg/…
Thanks for the raid!`}
      hint={<Trans>One per line. Type ; in the message box to pick one.</Trans>}
    />
  );
}

/** Forgets the chat kept on this device, after a second press. */
export function ClearKeptChat() {
  const [state, setState] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  const { t } = useLingui();
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
        {state === 'confirm' ? t`Really clear kept chat` : t`Clear kept chat`}
      </button>
      <span role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
        {state === 'confirm'
          ? t`Every stream’s kept chat and viewer figures on this device: press again.`
          : state === 'done'
            ? t`Cleared. What is on screen stays until the page closes.`
            : state === 'failed'
              ? t`This browser keeps nothing here to clear.`
              : ''}
      </span>
    </div>
  );
}

export function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-3 border-t border-zinc-200 pt-3 first:border-t-0 first:pt-0 dark:border-zinc-800">
      <legend className="float-left mb-1 w-full text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {title}
      </legend>
      {children}
    </fieldset>
  );
}
