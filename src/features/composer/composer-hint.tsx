import type { readIntent } from '../../protocol/commands';
import { writerKey, type ComposerRoute } from '../../store/selectors';
import type { WriterState } from '../../store/slices/composer';

function writerError(route: ComposerRoute, writers: Readonly<Record<string, WriterState>>): string {
  if (!route.from || !route.to) return '';
  const writer = writers[writerKey(route.from.id, route.to.id)];
  return writer?.state === 'failed' ? writer.error : '';
}

/**
 * The line under the composer: the error, the writer being asked for (or refused, with Ask
 * again), a line held while offline, where a line to every live account goes, or what the
 * typed command does.
 */
export function ComposerHint({
  id,
  error,
  route,
  writers,
  connected,
  intent,
  onAskAgain,
}: {
  id: string;
  error: string | null;
  route: ComposerRoute;
  writers: Readonly<Record<string, WriterState>>;
  connected: boolean;
  intent: ReturnType<typeof readIntent>;
  onAskAgain: () => void;
}) {
  const all = route.all;
  return (
    <div id={id} className="min-w-0 text-xs text-zinc-600 empty:hidden dark:text-zinc-400">
      {error ? (
        <span role="alert" className="text-rose-600 dark:text-rose-400">
          {error}
        </span>
      ) : !all && route.writer === 'pending' && connected ? (
        <span role="status">Asking multistreamer for a writer for {route.from?.name}…</span>
      ) : !all && route.writer === 'failed' ? (
        <span role="alert" className="text-rose-600 dark:text-rose-400">
          {writerError(route, writers)}{' '}
          <button type="button" onClick={onAskAgain} className="font-semibold underline">
            Ask again
          </button>
        </span>
      ) : !connected ? (
        <span>Not connected: what you send now waits and goes out once reconnected.</span>
      ) : all ? (
        <span>
          One line to each of {all.length} live account{all.length === 1 ? '' : 's'}
          {all.some((target) => target.refused)
            ? ` (${all
                .filter((target) => target.refused)
                .map((target) => target.refused)
                .join(', ')})`
            : ''}
          .
        </span>
      ) : intent.kind === 'action' ? (
        <span>Sends an action: “{route.from?.name} …”</span>
      ) : intent.kind === 'irc' ? (
        <span>Goes to the internal IRC chat.</span>
      ) : intent.kind === 'private' ? (
        <span>Private message to {intent.recipient} on the internal IRC.</span>
      ) : null}
    </div>
  );
}
