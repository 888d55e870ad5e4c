import { useEffect, useId, useState, type FormEvent } from 'react';
import { useStore } from 'zustand';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useCurrentSession } from '../../session/stream-provider';
import { useStream } from '../../store/stream-context';
import { FoldButton } from '../overview';
import { giveawayChannel, giveawayForOverlay } from './giveaway-channel';
import type { GiveawayPart } from './giveaway-part';

const BUTTON =
  'rounded-md bg-violet-600 px-2.5 py-1 text-sm font-medium text-white hover:bg-violet-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:opacity-50';
const QUIET =
  'rounded-md px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-300';
const FIELD =
  'min-w-0 rounded-md border border-zinc-300 bg-white px-2 py-1 text-sm dark:border-zinc-700 dark:bg-zinc-900';

/**
 * `region` "Giveaway": Start giveaway (a keyword, seconds), the entries per network, Draw and
 * "Winner: NAME", Draw again; it also tells `?giveaway` overlays. Folded in a narrow window.
 */
export function GiveawayPanel({ part, folded }: { part: GiveawayPart; folded: boolean }) {
  const giveaway = useStore(part.giveaway, (state) => state.giveaway);
  const accounts = useStream((state) => state.accounts);
  const [keyword, setKeyword] = useState('');
  const [seconds, setSeconds] = useState('');
  const [open, setOpen] = useState(false);
  const id = useId();
  const { t } = useLingui();
  const networkName = (network: string) =>
    network === 'irc'
      ? 'IRC'
      : (accounts.find((account) => account.network.name === network)?.network.displayName ??
        network);
  useOverlays(giveaway, networkName);

  const start = (event: FormEvent) => {
    event.preventDefault();
    const time = seconds.trim() ? Number(seconds) : null;
    if (part.open(keyword, time !== null && Number.isFinite(time) ? time : null)) setKeyword('');
  };
  const winner = giveaway?.winners.at(-1);
  const shownKeyword = giveaway?.keyword;
  const winnerName = winner?.name;
  const winnerNetwork = winner ? networkName(winner.network) : '';
  const body = !giveaway ? (
    <form onSubmit={start} className="flex flex-wrap items-end gap-2">
      <label className="flex min-w-0 flex-1 flex-col gap-0.5 text-xs font-medium">
        <Trans>Keyword</Trans>
        <input
          className={FIELD}
          value={keyword}
          onChange={(event) => setKeyword(event.target.value)}
          placeholder={t`!enter`}
        />
      </label>
      <label className="flex w-20 flex-col gap-0.5 text-xs font-medium">
        <Trans>Seconds</Trans>
        <input
          className={FIELD}
          inputMode="numeric"
          value={seconds}
          onChange={(event) => setSeconds(event.target.value.replace(/\D/g, ''))}
          placeholder="120"
        />
      </label>
      <button type="submit" className={BUTTON} disabled={!keyword.trim()}>
        <Trans>Start giveaway</Trans>
      </button>
    </form>
  ) : (
    <div className="flex flex-col gap-1.5 text-sm">
      <p>
        <Trans>
          Keyword <strong className="font-semibold">{shownKeyword}</strong>
        </Trans>
        {' · '}
        {giveaway.closed ? t`entries closed` : t`open`}
      </p>
      <p aria-live="polite">
        <Plural value={giveaway.count} one="# entry" other="# entries" />
        {Object.keys(giveaway.byNetwork).length > 0 && (
          <span className="text-zinc-600 dark:text-zinc-400">
            {' '}
            (
            {Object.entries(giveaway.byNetwork)
              .map(([network, count]) => `${networkName(network)} ${count}`)
              .join(', ')}
            )
          </span>
        )}
      </p>
      {winner && (
        <p role="status" className="font-semibold text-emerald-700 dark:text-emerald-300">
          <Trans>
            Winner: {winnerName}{' '}
            <span className="font-normal text-zinc-600 dark:text-zinc-400">({winnerNetwork})</span>
          </Trans>
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className={BUTTON}
          disabled={giveaway.count <= giveaway.winners.length}
          onClick={() => part.draw()}
        >
          {winner ? t`Draw again` : t`Draw`}
        </button>
        {giveaway.closed && (
          <button type="button" className={QUIET} onClick={() => part.dismiss()}>
            <Trans>New giveaway</Trans>
          </button>
        )}
      </div>
    </div>
  );
  if (folded) {
    return (
      <section aria-label={t`Giveaway`} className="flex min-w-0 flex-col gap-1.5">
        <div className="flex min-h-7 items-center gap-2">
          <FoldButton
            label={t`Giveaway`}
            open={open}
            controls={id}
            onToggle={() => setOpen(!open)}
          />
          {giveaway && (
            <span className="truncate text-xs text-zinc-600 dark:text-zinc-400">
              {winner ? (
                t`Winner: ${winnerName}`
              ) : (
                <Plural value={giveaway.count} one="# entry" other="# entries" />
              )}
            </span>
          )}
        </div>
        {open && <div id={id}>{body}</div>}
      </section>
    );
  }
  return (
    <section aria-label={t`Giveaway`} className="flex flex-col gap-2">
      <h2 className="panel-heading">
        <Trans>Giveaway</Trans>
      </h2>
      {body}
    </section>
  );
}

/** Tells every `?giveaway` overlay of this origin about the giveaway, and answers late ones. */
function useOverlays(
  giveaway: ReturnType<GiveawayPart['giveaway']['getState']>['giveaway'],
  networkName: (network: string) => string,
) {
  const message = JSON.stringify(giveawayForOverlay(giveaway, networkName));
  useEffect(() => {
    const channel = giveawayChannel();
    if (!channel) return;
    const shown = JSON.parse(message) as ReturnType<typeof giveawayForOverlay>;
    channel.post(shown);
    const stop = channel.listen((heard) => {
      if (heard.type === 'ask') channel.post(shown);
    });
    return () => {
      stop();
      channel.close();
    };
  }, [message]);
}

/** The Giveaway panel of the stream in context, once the assistant has loaded. */
export function GiveawaySlot({ folded }: { folded: boolean }) {
  const part = useStore(useCurrentSession().assistant, (state) => state.parts?.giveaway);
  return part ? <GiveawayPanel part={part} folded={folded} /> : null;
}
