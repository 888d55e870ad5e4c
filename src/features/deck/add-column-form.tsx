import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import type { DeckColumn } from '../../config/deck-layout';

/** Adds a column: a stream of this server, the whole of it or its lines matching a filter. */
export function AddColumnForm({
  streams,
  nameOf,
  onAdd,
  onCancel,
}: {
  streams: number[];
  nameOf: (id: number) => string;
  onAdd: (column: DeckColumn) => void;
  onCancel: () => void;
}) {
  const { t } = useLingui();
  const [stream, setStream] = useState(String(streams[0] ?? ''));
  const [other, setOther] = useState('');
  const [filter, setFilter] = useState('');
  const hintId = useId();
  const chosen = stream === 'other' ? Number(other) : Number(stream);
  const valid = Number.isInteger(chosen) && chosen > 0;
  const escape = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };
  return (
    <form
      aria-label={t`Add column`}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid)
          onAdd({ stream: chosen, width: 1, ...(filter.trim() && { filter: filter.trim() }) });
      }}
      className="flex flex-wrap items-end gap-3 border-b border-zinc-200 bg-white px-3 py-2 text-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <label className="flex flex-col gap-1 font-medium">
        <Trans>Stream</Trans>
        <select
          value={stream}
          onChange={(event) => setStream(event.target.value)}
          className="field py-1"
        >
          {streams.map((id) => (
            <option key={id} value={id}>
              {nameOf(id)}
            </option>
          ))}
          <option value="other">{t`Another stream id…`}</option>
        </select>
      </label>
      {stream === 'other' && (
        <label className="flex flex-col gap-1 font-medium">
          <Trans>Stream id</Trans>
          <input
            value={other}
            onChange={(event) => setOther(event.target.value)}
            onKeyDown={escape}
            inputMode="numeric"
            className="field w-24 py-1"
          />
        </label>
      )}
      <label className="flex min-w-48 flex-1 flex-col gap-1 font-medium">
        <Trans>Filter</Trans>
        <input
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={escape}
          aria-describedby={hintId}
          placeholder={t`network:youtube, is:pm, from:name, words`}
          className="field py-1"
        />
      </label>
      <button
        type="submit"
        disabled={!valid}
        className="rounded-lg bg-violet-600 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
      >
        <Trans>Add</Trans>
      </button>
      <button type="button" onClick={onCancel} className="px-2 py-1.5 underline">
        <Trans>Cancel</Trans>
      </button>
      <p id={hintId} className="w-full text-xs text-zinc-600 dark:text-zinc-400">
        <Trans>
          Without a filter the column is the whole stream, with its composer; with one, only the
          chat lines that match.
        </Trans>
      </p>
    </form>
  );
}
