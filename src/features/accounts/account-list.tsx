import { Trans, useLingui } from '@lingui/react/macro';
import { useId } from 'react';
import { NetworkIcon } from '../../components/network/network-icon';
import type { Account } from '../../protocol/events';
import { useStream } from '../../store/stream-context';

/**
 * Folded to one line: a small mark per account, a red dot on the live ones; still `list`
 * "Accounts" with each account's name, network and "Live" (the full list opens from the fold).
 */
export function AccountBadges({
  liveOnly = false,
}: {
  /** Only the live accounts are drawn (the others are still listed for screen readers). */
  liveOnly?: boolean;
} = {}) {
  const accounts = useStream((state) => state.accounts);
  const statusKnown = useStream((state) => state.statusKnown);
  const { t } = useLingui();
  if (!statusKnown) {
    return (
      <span className="truncate text-xs text-zinc-600 dark:text-zinc-400">
        <Trans>Waiting for the stream status…</Trans>
      </span>
    );
  }
  return (
    // One row: what does not fit wraps out of sight (the full list opens from the fold).
    <ul
      aria-label={t`Accounts`}
      className={`flex h-7 flex-wrap items-end gap-x-2 gap-y-2 overflow-hidden pe-1 ${liveOnly ? 'shrink-0' : 'min-w-0'}`}
    >
      {accounts.map((account) => (
        <li
          key={account.id}
          title={`${account.name} · ${account.network.displayName}${account.live ? ` · ${t`Live`}` : ''}`}
          className={`relative flex shrink-0 items-center rounded-md border p-1 ${
            liveOnly && !account.live ? 'sr-only' : ''
          } ${
            account.live
              ? 'border-emerald-500/50 bg-emerald-500/10'
              : 'border-zinc-200 dark:border-zinc-700'
          }`}
        >
          <NetworkIcon network={account.network.name} label="" className="size-3.5" />
          {account.live && (
            <span
              aria-hidden="true"
              className="absolute -top-1 -end-1 size-2.5 rounded-full bg-rose-600 ring-2 ring-white dark:ring-zinc-900"
            />
          )}
          <span className="sr-only">
            {account.name}, {account.network.displayName}
            {account.live ? `, ${t`Live`}` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** One badge per account: network, name, Live, whether you can write from it, watch page. */
export function AccountList({ heading = true }: { heading?: boolean } = {}) {
  const headingId = useId();
  const accounts = useStream((state) => state.accounts);
  const statusKnown = useStream((state) => state.statusKnown);
  const { t } = useLingui();
  return (
    <section
      aria-labelledby={heading ? headingId : undefined}
      aria-label={heading ? undefined : t`Accounts`}
      className="flex flex-col gap-2"
    >
      {heading && (
        <h2 id={headingId} className="panel-heading">
          <Trans>Accounts</Trans>
        </h2>
      )}
      {!statusKnown ? (
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          <Trans>Waiting for the stream status…</Trans>
        </p>
      ) : (
        <ul aria-label={t`Accounts`} className="flex flex-wrap gap-1.5 lg:flex-col">
          {accounts.map((account) => (
            <AccountBadge key={account.id} account={account} />
          ))}
        </ul>
      )}
    </section>
  );
}

function AccountBadge({ account }: { account: Account }) {
  const irc = account.id === 0;
  const { t } = useLingui();
  const name = account.name;
  const network = account.network.displayName;
  return (
    <li
      className={`flex max-w-full min-w-0 items-center gap-1.5 rounded-lg border px-2 py-1 sm:gap-2.5 sm:px-2.5 sm:py-2 lg:w-full ${
        account.live
          ? 'border-emerald-500/40 bg-emerald-500/5'
          : 'border-zinc-200 bg-white/60 dark:border-zinc-800 dark:bg-zinc-900/60'
      }`}
    >
      <NetworkIcon
        network={account.network.name}
        label={account.network.displayName}
        className="size-4 shrink-0 sm:size-5"
      />
      <div className="min-w-0 flex-1">
        <div
          className="max-w-[9rem] truncate text-sm font-semibold sm:max-w-none"
          title={account.name}
        >
          {account.name}
        </div>
        <div className="hidden flex-wrap items-center gap-x-1.5 text-xs text-zinc-600 sm:flex dark:text-zinc-400">
          <span>{account.network.displayName}</span>
          <span aria-hidden="true">·</span>
          <span>{account.writable ? t`can write` : t`read only`}</span>
          {account.watchUrl && (
            <>
              <span aria-hidden="true">·</span>
              <a
                href={account.watchUrl}
                target="_blank"
                rel="noopener noreferrer"
                className="text-sky-700 hover:underline dark:text-sky-400"
              >
                <Trans>
                  watch
                  <span className="sr-only">
                    {' '}
                    {name} on {network}
                  </span>
                </Trans>
              </a>
            </>
          )}
        </div>
      </div>
      {account.live ? (
        <span className="flex shrink-0 items-center gap-1 rounded-full bg-rose-600 p-1 text-[0.7rem] font-bold tracking-wide text-white uppercase sm:px-2 sm:py-0.5">
          <span aria-hidden="true" className="size-1.5 animate-pulse rounded-full bg-white" />
          {/* Narrow docks show only the red dot; the word stays for screen readers. */}
          <span className="sr-only sm:not-sr-only">
            <Trans>Live</Trans>
          </span>
        </span>
      ) : (
        <span className="hidden text-[0.7rem] text-zinc-500 sm:inline dark:text-zinc-400">
          {irc ? t`internal chat` : t`standby`}
        </span>
      )}
    </li>
  );
}
