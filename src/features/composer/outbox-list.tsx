import { useStreamActions } from '../../session/stream-provider';
import { useStream } from '../../store/stream-context';

/**
 * Lines not sent yet (typed while disconnected, or waiting for a writer), refused ones with
 * the reason, and, for a line to every live account, each target's fate for a moment.
 */
export function OutboxList() {
  const outbox = useStream((state) => state.outbox);
  const { discard } = useStreamActions();
  if (outbox.length === 0) return null;
  return (
    <ul aria-label="Waiting to send" className="flex flex-col gap-1 text-sm">
      {outbox.map((line) => (
        <li
          key={line.id}
          className={`flex items-center gap-2 rounded-md border px-2 py-1 ${
            line.status === 'refused'
              ? 'border-rose-500/40 bg-rose-500/10'
              : line.status === 'sent'
                ? 'border-emerald-500/40 bg-emerald-500/10'
                : 'border-amber-500/40 bg-amber-500/10'
          }`}
        >
          <span className="shrink-0 text-xs font-semibold">
            {line.status === 'refused' ? 'Not sent' : line.status === 'sent' ? 'Sent' : 'Waiting'}
            {line.target ? ` to ${line.target}` : line.status === 'waiting' ? ' to send' : ''}
          </span>
          <span className="min-w-0 flex-1 truncate">{line.command.text}</span>
          {line.reason && (
            <span
              className={`text-xs ${line.status === 'refused' ? 'text-rose-700 dark:text-rose-300' : 'text-amber-800 dark:text-amber-200'}`}
            >
              {line.reason}
            </span>
          )}
          {line.status !== 'sent' && (
            <button
              type="button"
              onClick={() => discard(line.id)}
              className="shrink-0 text-xs underline"
            >
              Discard
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
