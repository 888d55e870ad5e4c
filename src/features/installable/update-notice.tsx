import { useSyncExternalStore } from 'react';
import { Trans } from '@lingui/react/macro';
import { updateOffer } from './update-offer';

/**
 * "New version: Reload", once a new build is installed and waiting. Nothing reloads until the
 * streamer chooses to (never mid-stream by itself); "Later" puts it away for this page.
 */
export function UpdateNotice() {
  const reload = useSyncExternalStore(updateOffer.subscribe, updateOffer.current);
  if (!reload) return null;
  return (
    <p
      role="status"
      className="flex items-center gap-2 border-b border-violet-500/30 bg-violet-500/10 px-3 py-1 text-sm"
    >
      <span className="min-w-0 truncate">
        <Trans>New version:</Trans>
      </span>
      <button
        type="button"
        onClick={reload}
        className="shrink-0 rounded bg-violet-600 px-2 py-0.5 font-medium text-white hover:bg-violet-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
      >
        <Trans>Reload</Trans>
      </button>
      <button
        type="button"
        onClick={() => updateOffer.set(null)}
        className="shrink-0 rounded px-2 py-0.5 font-medium hover:bg-violet-500/20 focus-visible:outline-2 focus-visible:outline-violet-500"
      >
        <Trans>Later</Trans>
      </button>
    </p>
  );
}
