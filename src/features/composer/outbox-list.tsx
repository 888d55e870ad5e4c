import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
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

const STATUS_WORDS: Record<OutgoingLine['status'], MessageDescriptor | null> = {
  refused: msg`Not sent to`,
  sent: msg`Sent to`,
  skipped: null,
  waiting: msg`Waiting to go to`,
};

/**
 * "Sent to Twitch · chan" as said; a sent or skipped fate shows only the network ("✓ Twitch"):
 * the account and the words are there for screen readers and on hover.
 */
function Fate({ line }: { line: OutgoingLine }) {
  const { t, i18n } = useLingui();
  if (!line.target) return <>{line.status === 'waiting' ? t`Waiting to send` : t`Not sent`}</>;
  const [network, ...account] = line.target.split(' · ');
  const brief = line.status === 'sent' || line.status === 'skipped';
  const words = STATUS_WORDS[line.status];
  return (
    <>
      {words && <span className={brief ? 'sr-only' : ''}>{i18n._(words)} </span>}
      <span className={line.status === 'sent' ? "before:content-['✓_']" : ''}>{network}</span>
      {account.length > 0 && (
        <span className={brief ? 'sr-only' : ''}> · {account.join(' · ')}</span>
      )}
    </>
  );
}

function Skipped({ reason }: { reason: string }) {
  return <Trans>skipped: {reason}</Trans>;
}

/**
 * Lines not sent yet (typed while disconnected, or waiting for a writer), refused ones with
 * the reason, and, for a line to every live account, each target's fate for a moment: small
 * chips, side by side, so the chat keeps the room.
 */
export function OutboxList() {
  const outbox = useStream((state) => state.outbox);
  const { discard } = useStreamActions();
  const { t, i18n } = useLingui();
  if (outbox.length === 0) return null;
  return (
    <ul aria-label={t`Waiting to send`} className="flex min-w-0 flex-wrap gap-1 text-xs">
      {outbox.map((line) => (
        <li
          key={line.id}
          title={`${line.target ? `${line.target}: ` : ''}${line.command.text}`}
          className={`flex max-w-full min-w-0 shrink-0 items-center gap-1.5 rounded-md border px-1.5 py-px ${LOOK[line.status]}`}
        >
          <span className="shrink-0 font-semibold">
            <Fate line={line} />
          </span>
          {/* The text of a fate is the line just sent: said for screen readers only. */}
          <span
            className={
              line.status === 'sent' || line.status === 'skipped'
                ? 'sr-only'
                : 'max-w-[12rem] min-w-0 truncate'
            }
          >
            {line.command.text}
          </span>
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
              {line.status === 'skipped' ? (
                <Skipped reason={i18n._(line.reason)} />
              ) : (
                i18n._(line.reason)
              )}
            </span>
          )}
          {(line.status === 'waiting' || line.status === 'refused') && (
            <button type="button" onClick={() => discard(line.id)} className="shrink-0 underline">
              <Trans>Discard</Trans>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
