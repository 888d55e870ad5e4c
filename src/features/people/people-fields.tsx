import { useId, useState } from 'react';
import { useStore } from 'zustand';
import { Trans, useLingui } from '@lingui/react/macro';
import { useStream } from '../../store/stream-context';
import { chatterKey, type HistoryLine } from '../../store/slices/history';
import { groupOf, type PeopleStore } from './people-part';

const FIELD =
  'field w-full rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';
const SMALL =
  'rounded-md px-2 py-1 text-sm font-medium text-violet-700 hover:bg-violet-500/15 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-violet-300';

/**
 * The user card's Note, Nickname and "Same person as…" (linking chatters of any networks):
 * kept on this device. Streamer mode hides the note.
 */
export function PeopleFields({
  line,
  people,
  streamerMode,
}: {
  line: HistoryLine;
  people: PeopleStore;
  streamerMode: boolean;
}) {
  const key = chatterKey(line);
  const state = useStore(people);
  const messages = useStream((current) => current.messages);
  const [choosing, setChoosing] = useState(false);
  const [choice, setChoice] = useState('');
  const id = useId();
  const { t } = useLingui();
  const group = groupOf(state, key);
  // Chatters of the kept chat to link with: each once, newest first, not already linked.
  const seen = new Map<string, HistoryLine>();
  for (let i = messages.length - 1; i >= 0 && seen.size < 200; i--) {
    const message = messages[i]!;
    const other = chatterKey(message);
    if (other !== key && !seen.has(other) && !message.viaApi) seen.set(other, message);
  }
  const others = [...seen.entries()];
  const linked = group.filter((other) => other !== key);
  return (
    <div className="flex flex-col gap-2">
      <label className="flex flex-col gap-1 font-medium">
        <Trans>Nickname</Trans>
        <input
          className={FIELD}
          value={state.nicknames[key] ?? ''}
          maxLength={64}
          onChange={(event) => state.setNickname(key, event.target.value)}
        />
      </label>
      {!streamerMode && (
        <label className="flex flex-col gap-1 font-medium">
          <Trans>Note</Trans>
          <textarea
            className={`${FIELD} resize-y`}
            rows={2}
            maxLength={500}
            value={state.notes[key] ?? ''}
            onChange={(event) => state.setNote(key, event.target.value)}
          />
        </label>
      )}
      {linked.length > 0 && (
        <ul aria-label={t`Same person`} className="flex flex-col gap-1">
          {linked.map((other) => {
            const name = state.names[other] ?? other;
            const network = other.split(':')[0];
            return (
              <li key={other} className="flex items-center gap-2">
                <span>
                  <Trans>
                    Same person: {name}{' '}
                    <span className="text-zinc-600 dark:text-zinc-400">({network})</span>
                  </Trans>
                </span>
                <button type="button" className={SMALL} onClick={() => state.unlink(other)}>
                  <Trans>Unlink {name}</Trans>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {!choosing ? (
        <button type="button" className={`${SMALL} self-start`} onClick={() => setChoosing(true)}>
          <Trans>Same person as…</Trans>
        </button>
      ) : (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(event) => {
            event.preventDefault();
            const other = others.find(([candidate]) => candidate === choice);
            if (!other) return;
            state.link({ key, name: line.from.name }, { key: other[0], name: other[1].from.name });
            setChoosing(false);
            setChoice('');
          }}
        >
          <label htmlFor={id} className="flex min-w-0 flex-1 flex-col gap-1 font-medium">
            <Trans>Same person as</Trans>
            <select
              id={id}
              className={FIELD}
              value={choice}
              onChange={(event) => setChoice(event.target.value)}
            >
              <option value="">{t`Choose a chatter…`}</option>
              {others
                .filter(([other]) => !group.includes(other))
                .map(([other, message]) => (
                  <option key={other} value={other}>
                    {message.from.name} ({message.network})
                  </option>
                ))}
            </select>
          </label>
          <button type="submit" className={SMALL} disabled={!choice}>
            <Trans>Link</Trans>
          </button>
          <button type="button" className={SMALL} onClick={() => setChoosing(false)}>
            <Trans>Cancel</Trans>
          </button>
        </form>
      )}
    </div>
  );
}
