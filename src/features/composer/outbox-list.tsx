import { useStreamActions } from '../../session/stream-provider';
import { useStream } from '../../store/stream-context';
import type { OutgoingLine } from '../../store/slices/composer';

const LOOK: Record<OutgoingLine['status'], string> = {
  refused: 'border-rose-500/40 bg-rose-500/10',
  sent: 'outbox-passing border-emerald-500/40 bg-emerald-500/10',
  // A read-only network is skipped by design: a neutral line that fades, not an error.
  skipped:
    'outbox-passing border-zinc-300 bg-zinc-500/5 text-zinc-600 dark:border-zinc-700 dark:text-zinc-400',
  waiting: 'border-amber-500/40 bg-amber-500/10',
};

function fateOf(line: OutgoingLine): string {
  const to = line.target ? ` to ${line.target}` : '';
  switch (line.status) {
    case 'refused':
      return `Not sent${to}`;
    case 'sent':
      return `Sent${to}`;
    case 'skipped':
      return line.target ?? 'Skipped';
    case 'waiting':
      return line.target ? `Waiting${to}` : 'Waiting to send';
  }
}

/**
 * Lines not sent yet (typed while disconnected, or waiting for a writer), refused ones with
 * the reason, and, for a line to every live account, each target's fate for a moment.
 */
export function OutboxList() {
  const outbox = useStream((state) => state.outbox);
  const { discard } = useStreamActions();
  if (outbox.length === 0) return null;
  return (
    <ul aria-label="Waiting to send" className="flex flex-col gap-1 text-xs">
      {outbox.map((line) => (
        <li
          key={line.id}
          className={`flex min-w-0 items-center gap-2 rounded-md border px-2 py-0.5 ${LOOK[line.status]}`}
        >
          <span className="max-w-[45%] shrink-0 truncate font-semibold">{fateOf(line)}</span>
          <span className="min-w-0 flex-1 truncate">{line.command.text}</span>
          {line.reason && (
            <span
              className={`shrink-0 ${
                line.status === 'refused'
                  ? 'text-rose-700 dark:text-rose-300'
                  : line.status === 'skipped'
                    ? ''
                    : 'text-amber-800 dark:text-amber-200'
              }`}
            >
              {line.status === 'skipped' ? `skipped: ${line.reason}` : line.reason}
            </span>
          )}
          {(line.status === 'waiting' || line.status === 'refused') && (
            <button type="button" onClick={() => discard(line.id)} className="shrink-0 underline">
              Discard
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
