import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useStream } from '../../store/stream-context';
import { useCurrentSession, useStreamActions } from '../../session/stream-provider';
import { useFeatureLine } from '../featured';
import { FoldButton } from '../overview';
import type { QuestionsStore } from './questions-store';

const ACTION =
  'rounded px-1.5 py-0.5 text-xs font-medium text-violet-700 hover:bg-violet-500/15 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-violet-300';

/**
 * The Questions panel: lines that ask something, and those pinned by "Answer later", newest
 * first; each can be answered (Reply), put on stream (Feature) or marked Answered. Folded to
 * one line (how many wait) in a narrow window.
 */
export function QuestionsPanel({ store, folded }: { store: QuestionsStore; folded: boolean }) {
  const questions = useStore(store, (state) => state.questions);
  const setAnswered = useStore(store, (state) => state.setAnswered);
  const accounts = useStream((state) => state.accounts);
  const { replyTo } = useStreamActions();
  const featureLine = useFeatureLine();
  const { t } = useLingui();
  const [open, setOpen] = useState(false);
  const [showAnswered, setShowAnswered] = useState(false);
  const listId = useId();
  const waiting = questions.filter((question) => !question.answered).length;
  const answeredCount = questions.length - waiting;
  const shown = showAnswered ? questions : questions.filter((question) => !question.answered);
  const networkName = (network: string) =>
    network === 'irc'
      ? 'IRC'
      : (accounts.find((account) => account.network.name === network)?.network.displayName ??
        network);
  const list = (
    <div id={listId} className="flex flex-col gap-1.5">
      {shown.length === 0 ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          {questions.length === 0
            ? t`Lines that ask something (ending in “?” or starting with “Q:”) gather here.`
            : t`Every question is answered.`}
        </p>
      ) : (
        <ol className="flex max-h-72 flex-col gap-1.5 overflow-y-auto">
          {shown.map(({ key, line, answered, pinned }) => (
            <li
              key={key}
              className={`rounded-md border border-zinc-200 p-1.5 text-sm dark:border-zinc-700 ${answered ? 'opacity-60' : ''}`}
            >
              <p className="break-words">
                <span className="font-semibold">{line.from.name}</span>
                <span className="text-xs text-zinc-500 dark:text-zinc-400">
                  {' '}
                  · {networkName(line.network)}
                  {pinned ? ` · ${t`pinned`}` : ''}
                </span>
                <span className="sr-only">: </span>
                <br />
                {line.text}
              </p>
              <div className="mt-1 flex flex-wrap gap-1">
                <button
                  type="button"
                  className={ACTION}
                  aria-pressed={answered}
                  onClick={() => setAnswered(key, !answered)}
                >
                  <Trans>Answered</Trans>
                </button>
                <button
                  type="button"
                  className={ACTION}
                  onClick={() =>
                    featureLine?.(line, { networkName: networkName(line.network), queue: false })
                  }
                >
                  <Trans>Feature</Trans>
                </button>
                <button type="button" className={ACTION} onClick={() => replyTo(line)}>
                  <Trans>Reply</Trans>
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      {questions.length > waiting && (
        <label className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
          <input
            type="checkbox"
            checked={showAnswered}
            onChange={(event) => setShowAnswered(event.target.checked)}
          />
          <Trans>Show answered ({answeredCount})</Trans>
        </label>
      )}
    </div>
  );
  const count = (
    <span className="rounded-full bg-violet-500/15 px-1.5 text-xs font-semibold text-violet-800 tabular-nums dark:text-violet-200">
      {waiting}
      <span className="sr-only">
        {' '}
        <Plural value={waiting} one="waiting" other="waiting" />
      </span>
    </span>
  );
  if (folded) {
    return (
      <section aria-label={t`Questions`} className="flex min-w-0 flex-col gap-1.5">
        <div className="flex min-h-7 items-center gap-2">
          <FoldButton
            label={t`Questions`}
            open={open}
            controls={listId}
            onToggle={() => setOpen(!open)}
          />
          {count}
        </div>
        {open && list}
      </section>
    );
  }
  return (
    <section aria-label={t`Questions`} className="flex flex-col gap-2">
      <h2 className="panel-heading flex items-center gap-2">
        <Trans>Questions</Trans> {count}
      </h2>
      {list}
    </section>
  );
}

/** The Questions panel of the stream in context, once the assistant has loaded. */
export function QuestionsSlot({ folded }: { folded: boolean }) {
  const part = useStore(useCurrentSession().assistant, (state) => state.parts?.questions);
  return part ? <QuestionsPanel store={part.questions} folded={folded} /> : null;
}
