import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import type { I18n, MessageDescriptor } from '@lingui/core';
import type { readIntent } from '../../protocol/commands';
import { writerKey, type ComposerRoute } from '../../store/selectors';
import type { WriterState } from '../../store/slices/composer';

function writerError(
  route: ComposerRoute,
  writers: Readonly<Record<string, WriterState>>,
  i18n: I18n,
): string {
  if (!route.from || !route.to) return '';
  const writer = writers[writerKey(route.from.id, route.to.id)];
  return writer?.state === 'failed' ? i18n._(writer.error) : '';
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
  error: MessageDescriptor | null;
  route: ComposerRoute;
  writers: Readonly<Record<string, WriterState>>;
  connected: boolean;
  intent: ReturnType<typeof readIntent>;
  onAskAgain: () => void;
}) {
  const all = route.all;
  const { t, i18n } = useLingui();
  const fromName = route.from?.name;
  const recipient = intent.kind === 'private' ? intent.recipient : '';
  const live = all?.length ?? 0;
  const refusedOnes = (all ?? [])
    .filter((target) => target.refused)
    .map((target) => i18n._(target.refused!))
    .join(', ');
  return (
    <div id={id} className="min-w-0 text-xs text-zinc-600 empty:hidden dark:text-zinc-400">
      {error ? (
        <span role="alert" className="text-rose-600 dark:text-rose-400">
          {i18n._(error)}
        </span>
      ) : !all && route.writer === 'pending' && connected ? (
        <span role="status">
          <Trans>Asking multistreamer for a writer for {fromName}…</Trans>
        </span>
      ) : !all && route.writer === 'failed' ? (
        <span role="alert" className="text-rose-600 dark:text-rose-400">
          {writerError(route, writers, i18n)}{' '}
          <button type="button" onClick={onAskAgain} className="font-semibold underline">
            <Trans>Ask again</Trans>
          </button>
        </span>
      ) : !connected ? (
        <span>
          <Trans>Not connected: what you send now waits and goes out once reconnected.</Trans>
        </span>
      ) : all ? (
        <span>
          {refusedOnes
            ? plural(live, {
                one: `One line to each of # live account (${refusedOnes}).`,
                other: `One line to each of # live accounts (${refusedOnes}).`,
              })
            : plural(live, {
                one: 'One line to each of # live account.',
                other: 'One line to each of # live accounts.',
              })}
        </span>
      ) : intent.kind === 'action' ? (
        <span>{t`Sends an action: “${fromName} …”`}</span>
      ) : intent.kind === 'irc' ? (
        <span>
          <Trans>Goes to the internal IRC chat.</Trans>
        </span>
      ) : intent.kind === 'private' ? (
        <span>
          <Trans>Private message to {recipient} on the internal IRC.</Trans>
        </span>
      ) : null}
    </div>
  );
}
