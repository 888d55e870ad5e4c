import { msg, plural } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { useLingui } from '@lingui/react/macro';
import { useStream } from '../../store/stream-context';

const REASONS: Record<string, MessageDescriptor> = {
  'not-json': msg`not JSON`,
  'not-an-object': msg`not an object`,
  'too-large': msg`too large`,
  invalid: msg`malformed`,
  'out-of-range': msg`kept, a value out of range dropped`,
};

/** Frames that could not be read: counted, with the latest few, for the curious streamer. */
export function Diagnostics() {
  const { t, i18n } = useLingui();
  const counts = useStream((state) => state.droppedCounts);
  const ignored = useStream((state) => state.ignoredCount);
  const recent = useStream((state) => state.recentDrops);
  const corrected = counts['out-of-range'] ?? 0;
  const reasonSaid = (reason: string) => {
    const descriptor = REASONS[reason];
    return descriptor ? i18n._(descriptor) : reason;
  };
  const dropped = Object.values(counts).reduce((sum, count) => sum + (count ?? 0), 0) - corrected;
  if (dropped === 0 && ignored === 0 && corrected === 0) return null;
  return (
    <details className="rounded-lg border border-zinc-200 p-2 text-xs dark:border-zinc-800">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">
        {plural(dropped, {
          one: 'Diagnostics: # unreadable frame dropped',
          other: 'Diagnostics: # unreadable frames dropped',
        })}
        {ignored > 0 && t`, ${ignored} of unknown types ignored`}
        {corrected > 0 && t`, ${corrected} corrected`}
      </summary>
      <ul className="mt-2 flex flex-col gap-1">
        {Object.entries(counts).map(([reason, count]) => (
          <li key={reason}>
            {reasonSaid(reason)}: {count}
          </li>
        ))}
      </ul>
      {recent.length > 0 && (
        <ol
          aria-label={t`Latest dropped frames`}
          className="mt-2 flex flex-col gap-0.5 font-mono break-all"
        >
          {recent.slice(-5).map((drop, index) => (
            <li key={`${drop.at}-${index}`}>
              {reasonSaid(drop.reason)}: {drop.detail}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
