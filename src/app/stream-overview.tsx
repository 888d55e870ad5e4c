import { Panel } from '../components/ui/panel';
import { AccountList } from '../features/accounts/account-list';
import { ViewerPanel } from '../features/viewers/viewer-panel';

/** How many watch and which accounts: the top of a stream's side panel or deck column. */
export function StreamOverview({ trends = true }: { trends?: boolean } = {}) {
  return (
    <>
      <Panel name="viewers">
        <ViewerPanel trends={trends} />
      </Panel>
      <Panel name="accounts">
        <AccountList />
      </Panel>
    </>
  );
}

/** Disconnect and forget the token on this device; styled by where it sits. */
export function SignOutButton({
  onSignOut,
  className,
}: {
  onSignOut: () => void;
  className: string;
}) {
  return (
    <button
      type="button"
      onClick={onSignOut}
      title="Disconnect and forget the token on this device"
      className={`rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-400 ${className}`}
    >
      Sign out
    </button>
  );
}
