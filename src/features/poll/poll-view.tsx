import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { useNow } from '../../components/ui/use-now';
import { own } from '../../store/dictionary';
import { pollResult, type Poll } from './poll';

const NETWORK_NAMES: Record<string, string> = {
  twitch: 'Twitch',
  youtube: 'YouTube',
  facebook: 'Facebook',
  irc: 'IRC',
};

/**
 * `region` "Poll": the question, a bar per option with its votes and share, the votes per
 * network, and the time left (or the result once it ended). The dashboard and `?poll` show it.
 */
export function PollView({
  poll,
  large = false,
  compact = false,
  children,
}: {
  poll: Poll;
  large?: boolean;
  /** A strip over the dashboard's chat: a line for the question, a line for the options. */
  compact?: boolean;
  /** Controls for the strip's first line (Dismiss). */
  children?: ReactNode;
}) {
  const { t, i18n } = useLingui();
  const now = useNow(poll.endedAt === null, 500);
  const { counts, total, winners, byNetwork } = pollResult(poll);
  const ended = poll.endedAt !== null || now >= poll.endsAt;
  const secondsLeft = Math.max(0, Math.ceil((poll.endsAt - now) / 1000));
  const networks = [...byNetwork]
    .map(([network, votes]) => ({ network, votes: votes.reduce((sum, count) => sum + count, 0) }))
    .sort((a, b) => b.votes - a.votes);
  const votesSaid = plural(total, { one: '# vote', other: '# votes' });
  const tally = `${votesSaid}${
    networks.length > 0
      ? `: ${networks
          .map(
            ({ network, votes }) =>
              `${own(NETWORK_NAMES, network) ?? network} ${i18n.number(votes)}`,
          )
          .join(' · ')}`
      : ''
  }`;
  if (compact) {
    return (
      <section aria-label={t`Poll`} className="poll flex min-w-0 flex-col gap-0.5 text-xs">
        <div className="flex min-w-0 items-center gap-2">
          <span className="shrink-0 rounded bg-violet-600 px-1.5 py-px text-[0.7rem] font-bold tracking-wide text-white uppercase">
            <Trans>Poll</Trans>
          </span>
          <h2 className="min-w-0 flex-1 truncate text-sm font-semibold" title={poll.question}>
            {poll.question}
          </h2>
          <span className="shrink-0 text-zinc-600 tabular-nums dark:text-zinc-300">
            {ended ? t`Ended` : t`${secondsLeft} s left`}
          </span>
          {children}
        </div>
        <ol className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-0.5">
          {poll.options.map((option, index) => {
            const share = total === 0 ? 0 : Math.round((counts[index]! / total) * 100);
            const winner = ended && winners.includes(index);
            return (
              <li key={option} className="flex min-w-0 items-center gap-1.5">
                <span className="font-semibold tabular-nums">{index + 1}</span>
                <span
                  className={`max-w-[9rem] truncate ${winner ? 'font-bold' : ''}`}
                  title={option}
                >
                  {option}
                </span>
                {winner && (
                  <span className="font-semibold">
                    <Trans>(winner)</Trans>
                  </span>
                )}
                <span
                  aria-hidden="true"
                  className="h-1.5 w-10 shrink-0 overflow-hidden rounded-full bg-zinc-500/20"
                >
                  <span
                    className={`poll-bar block h-full rounded-full ${winner ? 'bg-emerald-500' : 'bg-violet-500'}`}
                    style={{ width: `${share}%` }}
                  />
                </span>
                <span className="tabular-nums">
                  {i18n.number(counts[index]!)} · {i18n.number(share / 100, { style: 'percent' })}
                </span>
              </li>
            );
          })}
          {/* The votes per network: in a narrow dock only for screen readers and on hover. */}
          <li
            className="min-w-0 truncate text-zinc-600 tabular-nums max-sm:sr-only dark:text-zinc-300"
            title={tally}
          >
            {tally}
            {!ended && (
              <span className="sr-only">
                {' · '}
                <Trans>type the number to vote</Trans>
              </span>
            )}
          </li>
        </ol>
      </section>
    );
  }
  return (
    <section
      aria-label={t`Poll`}
      className={`poll flex flex-col gap-2 ${large ? 'text-[clamp(1rem,2vw,2rem)]' : 'text-sm'}`}
    >
      <div className="flex items-baseline gap-2">
        <h2 className="min-w-0 flex-1 font-semibold">{poll.question}</h2>
        <span className="shrink-0 text-[0.85em] text-zinc-600 tabular-nums dark:text-zinc-300">
          {ended ? t`Ended` : t`${secondsLeft} s left`}
        </span>
      </div>
      <ol className="flex flex-col gap-1.5">
        {poll.options.map((option, index) => {
          const share = total === 0 ? 0 : Math.round((counts[index]! / total) * 100);
          const winner = ended && winners.includes(index);
          return (
            <li key={option} className="flex flex-col gap-0.5">
              <div className="flex items-baseline gap-2">
                <span className="font-semibold tabular-nums">{index + 1}</span>
                <span className={`min-w-0 flex-1 ${winner ? 'font-bold' : ''}`}>
                  {option}
                  {winner && (
                    <span className="ms-1.5 text-[0.8em]">
                      <Trans>(winner)</Trans>
                    </span>
                  )}
                </span>
                <span className="tabular-nums">
                  {i18n.number(counts[index]!)} · {i18n.number(share / 100, { style: 'percent' })}
                </span>
              </div>
              <div
                aria-hidden="true"
                className="h-[0.5em] overflow-hidden rounded-full bg-zinc-500/20"
              >
                <div
                  className={`poll-bar h-full rounded-full ${winner ? 'bg-emerald-500' : 'bg-violet-500'}`}
                  style={{ width: `${share}%` }}
                />
              </div>
            </li>
          );
        })}
      </ol>
      <p className="text-[0.85em] text-zinc-600 tabular-nums dark:text-zinc-300">
        {tally}
        {!ended && ' · type the number to vote'}
      </p>
    </section>
  );
}
