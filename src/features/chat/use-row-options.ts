import { useCallback, useMemo, useSyncExternalStore } from 'react';
import type { ImagePolicy } from '../../protocol/image-hosts';
import type { Account } from '../../protocol/events';
import { useStore } from 'zustand';
import { useCurrentSession, useStreamActions } from '../../session/stream-provider';
import { chatterKey } from '../../store/slices/history';
import type { HistoryLine } from '../../store/slices/history';
import { useFeatureLine } from '../featured';
import type { Timestamps } from '../reading';
import type { ChatMessageOptions, RowActions } from './chat-message';

export interface RowOptionsInput {
  widget: boolean;
  accounts: readonly Account[];
  images: ImagePolicy;
  compact: boolean;
  showPicture: boolean;
  timestamps: Timestamps;
  streamerMode: boolean;
  openCard: (line: HistoryLine, from: HTMLElement) => void;
  decorateFor: ChatMessageOptions['decorateFor'];
}

/**
 * How every row of the log is drawn and what its buttons do: Reply and Feature in a
 * dashboard (none in a widget), the networks' display names, pictures, times, streamer mode.
 */
export function useRowOptions({
  widget,
  accounts,
  images,
  compact,
  showPicture,
  timestamps,
  streamerMode,
  openCard,
  decorateFor,
}: RowOptionsInput): ChatMessageOptions {
  const networkNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const account of accounts) names.set(account.network.name, account.network.displayName);
    return names;
  }, [accounts]);
  const { replyTo, answerLater } = useStreamActions();
  const nicknames = useNicknames();
  const featureLine = useFeatureLine();
  const rowActions = useMemo<RowActions | undefined>(() => {
    if (widget) return undefined;
    return {
      reply: replyTo,
      answerLater,
      feature: (line, queue) => {
        const networkName =
          line.network === 'irc'
            ? 'IRC'
            : (networkNames.get(line.network) ?? titleCase(line.network));
        featureLine?.(line, { networkName, queue });
      },
    };
  }, [widget, replyTo, answerLater, networkNames, featureLine]);
  return useMemo<ChatMessageOptions>(
    () => ({
      rowActions,
      compact,
      showPicture,
      images,
      networkName: (network) => networkNames.get(network) ?? titleCase(network),
      timestamps,
      streamerMode,
      openCard,
      decorateFor,
      nickname: nicknames ? (line) => nicknames[chatterKey(line)] : undefined,
    }),
    [
      nicknames,
      compact,
      showPicture,
      images,
      networkNames,
      timestamps,
      streamerMode,
      openCard,
      rowActions,
      decorateFor,
    ],
  );
}

function titleCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * The streamer's nicknames for chatters (the user card's), once the assistant has loaded: one
 * subscription for the whole log, a lookup per row.
 */
function useNicknames(): Readonly<Record<string, string>> | undefined {
  const people = useStore(useCurrentSession().assistant, (state) => state.parts?.people.people);
  const subscribe = useCallback(
    (change: () => void) => people?.subscribe(change) ?? (() => undefined),
    [people],
  );
  const nicknames = useSyncExternalStore(subscribe, () => people?.getState().nicknames);
  return nicknames && Object.keys(nicknames).length > 0 ? nicknames : undefined;
}
