import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { useMemo } from 'react';
import { NetworkIcon } from '../../components/network/network-icon';
import { listTime } from '../../components/ui/time-formats';
import { ModalDialog } from '../../components/ui/modal-dialog';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { createStore, useStore } from 'zustand';
import { useCurrentSession, useStreamActions } from '../../session/stream-provider';
import { PeopleFields, groupOf, type PeopleState } from '../people';
import { useReadingSettings, useReadingSettingsStore, compileUsers } from '../reading';
import { useStream } from '../../store/stream-context';
import { chatterKey, type HistoryLine } from '../../store/slices/history';
import { hostsOnly } from '../../protocol/safe-url';

/** Recent lines a card lists at most. */
export const RECENT_LINES = 50;

/** Before the assistant has loaded: nobody linked. */
const NO_PEOPLE = createStore(() => ({ links: {} as Readonly<Record<string, string>> }));

/** The entry that names this chatter on their network in a user list. */
export function userEntry(line: Pick<HistoryLine, 'network' | 'from'>): string {
  return `${line.network}:${line.from.name}`;
}

/**
 * A chatter's card: network, picture, first seen on this device, their lines in the history,
 * and what to do about them (reply, highlight, hide).
 */
export function UserCard({
  line,
  onClose,
  canReply,
  images,
}: {
  line: HistoryLine;
  /** `replied`: the composer takes the focus, not the name. */
  onClose: (how?: { replied: boolean }) => void;
  canReply: boolean;
  images: ImagePolicy;
}) {
  const { t, i18n } = useLingui();
  const messages = useStream((state) => state.messages);
  const chatters = useStream((state) => state.chatters);
  const accounts = useStream((state) => state.accounts);
  const { replyTo } = useStreamActions();
  const readingSettings = useReadingSettingsStore();
  const highlightUsers = useReadingSettings((state) => state.saved.highlightUsers);
  const hiddenUsers = useReadingSettings((state) => state.saved.hiddenUsers);
  const streamerMode = useReadingSettings((state) => state.settings.streamerMode);
  const timestamps = useReadingSettings((state) => state.settings.timestamps);

  const key = chatterKey(line);
  // Linked chatters ("Same person as…") are one card: lines from every one of them.
  const people = useStore(useCurrentSession().assistant, (state) => state.parts?.people.people);
  const links = useStore(people ?? NO_PEOPLE, (state: Pick<PeopleState, 'links'>) => state.links);
  const theirs = useMemo(() => {
    const group = new Set(groupOf({ links }, key));
    const found: HistoryLine[] = [];
    for (let i = messages.length - 1; i >= 0; i--) {
      const message = messages[i]!;
      if (group.has(chatterKey(message)) && !(streamerMode && message.to)) found.push(message);
    }
    return found;
  }, [messages, key, streamerMode, links]);
  const firstSeen = chatters.firstSeen(key);
  const networkName =
    line.network === 'irc'
      ? t`Internal IRC`
      : (accounts.find((account) => account.network.name === line.network)?.network.displayName ??
        line.network);
  const { name, picture } = line.from;
  const entry = userEntry(line);
  const highlighted = compileUsers(highlightUsers).has(line.network, name);
  const hidden = compileUsers(hiddenUsers).has(line.network, name);

  const toggle = (list: 'highlightUsers' | 'hiddenUsers', on: boolean) => {
    const current = readingSettings.store.getState().saved[list];
    const lower = entry.toLowerCase();
    const next = on
      ? [...current, entry]
      : current.filter(
          (item) => item.toLowerCase() !== lower && item.toLowerCase() !== name.toLowerCase(),
        );
    readingSettings.store.getState().change({ [list]: next });
  };

  return (
    <ModalDialog
      title={name}
      onClose={() => onClose()}
      titleAdornment={
        !streamerMode && picture && images.allows(picture) ? (
          <img
            src={picture}
            alt=""
            width={32}
            height={32}
            referrerPolicy="no-referrer"
            className="size-8 shrink-0 rounded-full object-cover"
          />
        ) : undefined
      }
    >
      <div className="flex flex-col gap-3 p-4 text-sm">
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
          <dt className="text-zinc-500 dark:text-zinc-400">
            <Trans>Network</Trans>
          </dt>
          <dd className="flex items-center gap-1.5">
            <NetworkIcon
              network={line.network}
              label=""
              customSvg={line.networkIcon?.svg}
              customCss={line.networkIcon?.css}
            />
            {networkName}
          </dd>
          <dt className="text-zinc-500 dark:text-zinc-400">
            <Trans>First seen</Trans>
          </dt>
          <dd>
            {firstSeen === undefined
              ? t`not recorded`
              : i18n.date(firstSeen, { dateStyle: 'medium', timeStyle: 'short' })}{' '}
            <span className="text-zinc-500 dark:text-zinc-400">
              <Trans>(on this device)</Trans>
            </span>
          </dd>
          <dt className="text-zinc-500 dark:text-zinc-400">
            <Trans>In this chat</Trans>
          </dt>
          <dd>
            <Plural value={theirs.length} one="# line kept" other="# lines kept" />
          </dd>
        </dl>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={!canReply}
            title={canReply ? undefined : t`Reply from the dashboard: a widget has no composer.`}
            onClick={() => {
              replyTo(line);
              onClose({ replied: true });
            }}
            className="rounded-lg bg-violet-600 px-3 py-1.5 font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:cursor-not-allowed disabled:opacity-50"
          >
            <Trans>Reply</Trans>
          </button>
          <button
            type="button"
            aria-pressed={highlighted}
            onClick={() => toggle('highlightUsers', !highlighted)}
            className="card-toggle"
          >
            <Trans>Highlight</Trans>
          </button>
          <button
            type="button"
            aria-pressed={hidden}
            onClick={() => toggle('hiddenUsers', !hidden)}
            className="card-toggle"
          >
            <Trans>Hide</Trans>
          </button>
          <button
            type="button"
            onClick={() => onClose()}
            className="ms-auto rounded-lg px-3 py-1.5 font-medium text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-300 dark:hover:bg-zinc-800"
          >
            <Trans>Close</Trans>
          </button>
        </div>
        {people && <PeopleFields line={line} people={people} streamerMode={streamerMode} />}
        <section aria-labelledby="recent-heading" className="flex flex-col gap-1.5">
          <h3 id="recent-heading" className="font-semibold">
            <Trans>Recent messages</Trans>
          </h3>
          <ul
            aria-label={t`Recent messages`}
            className="flex max-h-72 flex-col divide-y divide-zinc-200 overflow-y-auto rounded-lg border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800"
          >
            {theirs.slice(0, RECENT_LINES).map((message) => (
              <li key={message.seq} className="flex gap-2 px-2.5 py-1.5">
                <time
                  dateTime={new Date(message.timestamp ?? message.receivedAt).toISOString()}
                  className="shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400"
                >
                  {listTime(message.timestamp ?? message.receivedAt, timestamps)}
                </time>
                <span className="min-w-0 break-words">
                  {streamerMode ? hostsOnly(message.text) : message.text}
                </span>
              </li>
            ))}
            {theirs.length === 0 && (
              <li className="px-2.5 py-1.5 text-zinc-500 dark:text-zinc-400">
                <Trans>None of their lines is kept any more.</Trans>
              </li>
            )}
          </ul>
        </section>
      </div>
    </ModalDialog>
  );
}
