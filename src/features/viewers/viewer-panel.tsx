import { useShallow } from 'zustand/react/shallow';
import { NetworkIcon } from '../../components/network/network-icon';
import { useStream } from '../../store/stream-context';
import { liveAccountsOf, viewerTotalOf } from '../../store/selectors';

const number = new Intl.NumberFormat();

function viewers(count: number): string {
  return `${number.format(count)} viewer${count === 1 ? '' : 's'}`;
}

/** How many watch: the total, and one line per live account ("unknown" until counted). */
export function ViewerPanel() {
  const liveAccounts = useStream(useShallow((state) => liveAccountsOf(state.accounts)));
  const counts = useStream((state) => state.viewerCounts);
  const streamLive = useStream((state) => state.streamLive);
  const total = viewerTotalOf(liveAccounts, counts);
  return (
    <section aria-label="Viewers" className="flex flex-col gap-1 lg:gap-2">
      <h2 className="panel-heading">Viewers</h2>
      {!streamLive ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">Stream not started</p>
      ) : (
        <>
          <p className="text-2xl font-bold tabular-nums lg:text-3xl">
            {total === undefined ? (
              <span className="text-xl text-zinc-500">Total: unknown</span>
            ) : (
              <>
                {number.format(total)}
                <span className="ml-2 text-sm font-medium text-zinc-500 dark:text-zinc-400">
                  {total === 1 ? 'viewer in total' : 'viewers in total'}
                </span>
              </>
            )}
          </p>
          <ul className="flex flex-wrap gap-x-3 gap-y-0.5 text-sm lg:flex-col lg:gap-1">
            {liveAccounts.map((account) => {
              const count = counts[account.id];
              const label = `${account.network.displayName}: ${count === undefined ? 'unknown' : viewers(count)}`;
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
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
