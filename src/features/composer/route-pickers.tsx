import { Trans, useLingui } from '@lingui/react/macro';
import { limitOf, measure } from '../../protocol/chat-limits';
import type { Account } from '../../protocol/events';
import { ALL_LIVE_ACCOUNTS, type BroadcastTarget, type ComposerRoute } from '../../store/selectors';

function accountLabel(account: Account): string {
  return account.id === 0
    ? `IRC · ${account.name}`
    : `${account.network.displayName} · ${account.name}`;
}

export interface Room {
  left: number;
  network: string;
  unit: string;
}

/** What is left of the tightest limit among the networks a line goes to. */
export function room(text: string, networks: readonly string[]): Room | null {
  let tightest: Room | null = null;
  for (const network of new Set(networks)) {
    const limit = limitOf(network);
    if (!limit) continue;
    const left = limit.max - measure(text, limit);
    if (!tightest || left < tightest.left)
      tightest = { left, network: limit.name, unit: limit.unit };
  }
  return tightest;
}

/**
 * From and To under the message box, each as wide as its longest account (narrower where room
 * is short, with the whole name on hover), and what is left of the limit.
 */
export function RoutePickers({
  route,
  writable,
  everyLive,
  left,
  counterId,
  manyNetworks,
  onFrom,
  onTo,
}: {
  route: ComposerRoute;
  writable: readonly Account[];
  everyLive: readonly BroadcastTarget[];
  left: Room | null;
  counterId: string;
  manyNetworks: boolean;
  onFrom: (id: number) => void;
  onTo: (id: number) => void;
}) {
  const { t, i18n } = useLingui();
  const all = route.all;
  const EACH_OWN_ACCOUNT = t`Each network’s own account`;
  const over = left ? i18n.number(-left.left) : '';
  const limitNetwork = left?.network;
  const toValue = all ? ALL_LIVE_ACCOUNTS : (route.to?.id ?? '');
  const fromLabel = all ? EACH_OWN_ACCOUNT : route.from ? accountLabel(route.from) : '';
  const toLabel = all ? t`All live accounts` : route.to ? accountLabel(route.to) : '';
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs">
      <label className="flex min-w-0 flex-1 items-center gap-1.5 sm:flex-none">
        <span className="text-zinc-600 dark:text-zinc-400">
          <Trans>From</Trans>
        </span>
        <select
          value={all ? 'each' : (route.from?.id ?? '')}
          onChange={(event) => onFrom(Number(event.target.value))}
          disabled={writable.length === 0 || Boolean(all)}
          title={fromLabel || undefined}
          className="field w-0 min-w-0 flex-1 px-1.5 py-0.5 text-xs sm:w-auto sm:max-w-full sm:flex-none"
        >
          {all && <option value="each">{EACH_OWN_ACCOUNT}</option>}
          {writable.length === 0 && <option value="">{t`No account can write`}</option>}
          {writable.map((account) => (
            <option key={account.id} value={account.id}>
              {accountLabel(account)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex min-w-0 flex-1 items-center gap-1.5 sm:flex-none">
        <span className="text-zinc-600 dark:text-zinc-400">
          <Trans>To</Trans>
        </span>
        <select
          value={toValue}
          onChange={(event) => onTo(Number(event.target.value))}
          disabled={route.targets.length <= 1 && everyLive.length === 0}
          title={toLabel || undefined}
          className="field w-0 min-w-0 flex-1 px-1.5 py-0.5 text-xs sm:w-auto sm:max-w-full sm:flex-none"
        >
          {!route.to && !all && (
            <option value="" disabled>
              {route.targets.length === 0 ? t`No live stream account` : t`Choose a stream account`}
            </option>
          )}
          {route.targets.map((account) => (
            <option key={account.id} value={account.id}>
              {accountLabel(account)}
            </option>
          ))}
          {everyLive.length > 0 && (
            <option value={ALL_LIVE_ACCOUNTS}>{t`All live accounts`}</option>
          )}
        </select>
      </label>
      {left && (
        <span
          id={counterId}
          className={`ms-auto shrink-0 tabular-nums ${left.left < 0 ? 'font-semibold text-rose-600 dark:text-rose-400' : 'text-zinc-600 dark:text-zinc-400'}`}
        >
          {left.left < 0 ? (
            t`${over} over for ${limitNetwork}`
          ) : (
            <>
              {i18n.number(left.left)}
              {/* A narrow dock shows "500 left"; the unit is still said. */}
              <span className="max-sm:sr-only">
                {' '}
                {left.unit === 'bytes' ? t`bytes` : t`characters`}
              </span>{' '}
              {manyNetworks ? t`left (${limitNetwork})` : t`left`}
            </>
          )}
        </span>
      )}
    </div>
  );
}
