import { Trans } from '@lingui/react/macro';
import { useStream } from '../../store/stream-context';

/** "Live" or "Stream not started", as multistreamer's own chat says it. */
export function LiveBadge() {
  const statusKnown = useStream((state) => state.statusKnown);
  const live = useStream((state) => state.streamLive);
  if (!statusKnown) return null;
  return live ? (
    <span className="flex items-center gap-1.5 rounded-full bg-rose-600 px-2.5 py-0.5 text-xs font-bold tracking-wide text-white uppercase">
      <span aria-hidden="true" className="size-2 animate-pulse rounded-full bg-white" />
      <Trans>Live</Trans>
    </span>
  ) : (
    <span className="rounded-full bg-zinc-200 px-2.5 py-0.5 text-xs font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
      <Trans>Stream not started</Trans>
    </span>
  );
}
