import { Trans, useLingui } from '@lingui/react/macro';
import { useNow } from '../../components/ui/use-now';
import { useStreamActions } from '../../session/stream-provider';
import { useStream } from '../../store/stream-context';
import { connectionLabel, type ConnectionTone } from './connection-label';
import { useConnectionTrouble } from './use-connection-trouble';

const DOT: Record<ConnectionTone, string> = {
  ok: 'bg-emerald-500',
  busy: 'bg-sky-500 animate-pulse',
  warn: 'bg-amber-500 animate-pulse',
  error: 'bg-rose-500',
  idle: 'bg-zinc-400',
};

/**
 * Connected, Connecting, Reconnecting in N s, or why not; with a way to retry now. One line: in
 * a narrow dock the reason is spelled out in full under the header (ConnectionDetail).
 */
export function ConnectionStatus({
  brief = false,
}: {
  /** Where room is short (a deck column's header): the dot, the words for screen readers
   * and on hover. */
  brief?: boolean;
} = {}) {
  const { t } = useLingui();
  const connection = useStream((state) => state.connection);
  const { retryNow } = useStreamActions();
  const now = useNow(connection.phase === 'waiting', 500);
  const { text, tone } = connectionLabel(connection, now);
  return (
    <div className="flex min-w-0 items-center gap-2">
      <div
        role="status"
        aria-label={t`Connection`}
        title={text}
        className="flex min-w-0 items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300"
      >
        <span aria-hidden="true" className={`size-2.5 shrink-0 rounded-full ${DOT[tone]}`} />
        {/* In a dock narrower than 400 px the dot alone: the words are read out and shown on
            hover (a cut "Co…" said nothing), and a problem is spelled out under the header. */}
        <span className={brief ? 'sr-only' : 'min-w-0 truncate max-[400px]:sr-only'}>{text}</span>
      </div>
      {connection.phase === 'waiting' && (
        <button
          type="button"
          onClick={retryNow}
          className="shrink-0 rounded-md border border-zinc-300 px-2 py-0.5 text-xs font-medium hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
        >
          <Trans>Retry now</Trans>
        </button>
      )}
    </div>
  );
}

/** In a narrow dock, the full reason the connection is down, under the one-line header. */
export function ConnectionDetail() {
  const text = useConnectionTrouble();
  if (text === null) return null;
  // The status in the header says the same to screen readers.
  return (
    <p
      aria-hidden="true"
      className="border-b border-rose-300/50 bg-rose-50 px-3 py-1 text-xs text-rose-800 sm:hidden dark:bg-rose-950/60 dark:text-rose-200"
    >
      {text}
    </p>
  );
}
