import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useShallow } from 'zustand/react/shallow';
import { NetworkIcon } from '../../components/network/network-icon';
import { useStream, useStreamStore } from '../../store/stream-context';
import { liveAccountsOf, viewerTotalOf } from '../../store/selectors';
import { useNow } from '../../components/ui/use-now';
import { quietNetworks } from '../../store/chat-health';
import { useReadingSettings } from '../reading';
import { Suspense, lazy } from 'react';

// The trends show once a stream is live, under the counts: their code loads then.
const ViewerChart = lazy(() =>
  import('./viewer-chart').then((module) => ({ default: module.ViewerChart })),
);
const ChatActivity = lazy(() =>
  import('./viewer-chart').then((module) => ({ default: module.ChatActivity })),
);

function viewers(count: number): string {
  return plural(count, { one: '# viewer', other: '# viewers' });
}

function QuietNote({ name, minutes }: { name: string; minutes: number }) {
  return (
    <Trans>
      no chat from {name} for {minutes} min
    </Trans>
  );
}

/**
 * Folded to one line: the total and each live account's count, small. Still `region`
 * "Viewers" (the full panel opens from the fold's button).
 */
export function ViewerSummary({ perAccount = true }: { perAccount?: boolean }) {
  const liveAccounts = useStream(useShallow((state) => liveAccountsOf(state.accounts)));
  const counts = useStream((state) => state.viewerCounts);
  const streamLive = useStream((state) => state.streamLive);
  const total = viewerTotalOf(liveAccounts, counts);
  const { t, i18n } = useLingui();
  return (
    <section
      aria-label={t`Viewers`}
      className={`flex items-center gap-2.5 ${perAccount ? 'min-w-0' : 'shrink-0'}`}
    >
      {!streamLive ? (
        <span className="truncate text-xs text-zinc-600 dark:text-zinc-400">
          <Trans>Stream not started</Trans>
        </span>
      ) : (
        <>
          <span className="shrink-0 text-sm font-bold tabular-nums" title={t`Viewers in total`}>
            {total === undefined ? t`unknown` : i18n.number(total)}
            <span className="sr-only">
              {' '}
              {plural(total ?? 0, { one: 'viewer in total', other: 'viewers in total' })}
            </span>
          </span>
          {perAccount && (
            <ul className="flex h-5 min-w-0 flex-wrap items-center gap-x-2 gap-y-2 overflow-hidden text-xs text-zinc-600 tabular-nums dark:text-zinc-300">
              {liveAccounts.map((account) => {
                const count = counts[account.id];
                return (
                  <li
                    key={account.id}
                    className="flex shrink-0 items-center gap-1"
                    title={`${account.network.displayName}: ${count === undefined ? t`unknown` : viewers(count)}`}
                  >
                    <NetworkIcon
                      network={account.network.name}
                      label={account.network.displayName}
                      className="size-3.5"
                    />
                    {count === undefined ? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="sr-only">
                          <Trans>unknown</Trans>
                        </span>
                      </>
                    ) : (
                      i18n.number(count)
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

/** How many watch: the total, and one line per live account ("unknown" until counted). */
export function ViewerPanel({
  trends = true,
  heading = true,
}: {
  trends?: boolean;
  /** The panel's own heading; a fold names it with its button instead. */
  heading?: boolean;
}) {
  const liveAccounts = useStream(useShallow((state) => liveAccountsOf(state.accounts)));
  const counts = useStream((state) => state.viewerCounts);
  const streamLive = useStream((state) => state.streamLive);
  const total = viewerTotalOf(liveAccounts, counts);
  const points = useStream((state) => state.viewerPoints);
  const liveSince = useStream((state) => state.liveSince);
  // Read when the clock ticks, not on every line: the health note and the chat activity follow
  // within seconds, and a flood does not draw the panel again with every refresh of the chat.
  const store = useStreamStore();
  const accounts = useStream((state) => state.accounts);
  const quietMinutes = useReadingSettings((state) => state.settings.quietMinutes);
  const now = useNow(streamLive, 5_000);
  const quiet = quietNetworks({
    accounts,
    viewerCounts: counts,
    lastLineAt: store.getState().lastLineAt,
    liveSince,
    now,
    quietMs: quietMinutes * 60_000,
  });
  const { t, i18n } = useLingui();
  return (
    <section aria-label={t`Viewers`} className="flex flex-col gap-1 lg:gap-2">
      {heading && (
        <h2 className="panel-heading">
          <Trans>Viewers</Trans>
        </h2>
      )}
      {!streamLive ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          <Trans>Stream not started</Trans>
        </p>
      ) : (
        <>
          <p className="text-2xl font-bold tabular-nums lg:text-3xl">
            {total === undefined ? (
              <span className="text-xl text-zinc-500">
                <Trans>Total: unknown</Trans>
              </span>
            ) : (
              <>
                {i18n.number(total)}
                <span className="ms-2 text-sm font-medium text-zinc-500 dark:text-zinc-400">
                  {plural(total, { one: 'viewer in total', other: 'viewers in total' })}
                </span>
              </>
            )}
          </p>
          <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-sm lg:flex-col lg:gap-1">
            {liveAccounts.map((account) => {
              const count = counts[account.id];
              const label = `${account.network.displayName}: ${count === undefined ? t`unknown` : viewers(count)}`;
              return (
                <li key={account.id} className="flex items-center gap-2">
                  <NetworkIcon network={account.network.name} label={account.network.displayName} />
                  {account.watchUrl ? (
                    <a
                      href={account.watchUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      className="tabular-nums hover:underline"
                    >
                      {label}
                    </a>
                  ) : (
                    <span className="tabular-nums">{label}</span>
                  )}
                  {quiet
                    .filter((silent) => silent.accountId === account.id)
                    .map((silent) => (
                      <span
                        key="quiet"
                        role="status"
                        className="rounded bg-amber-500/20 px-1.5 py-px text-xs text-amber-900 dark:text-amber-200"
                      >
                        <QuietNote name={silent.displayName} minutes={silent.minutes} />
                      </span>
                    ))}
                </li>
              );
            })}
          </ul>
          {trends && liveSince !== null && (
            <Suspense fallback={null}>
              <ViewerChart
                points={points}
                liveAccounts={liveAccounts}
                since={liveSince}
                now={now}
              />
              <ChatActivity
                minutes={store.getState().chatMinutes}
                liveAccounts={liveAccounts}
                viewerCounts={counts}
                now={now}
              />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
