import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useMemo, useState } from 'react';
import { HintedScroll } from '../../components/ui/hinted-scroll';
import { MoreMenu } from '../../components/ui/more-menu';
import { Panel } from '../../components/ui/panel';
import type { DeckColumn } from '../../config/deck-layout';
import type { Settings } from '../../config/settings';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { StreamProvider } from '../../session/stream-provider';
import type { StreamSession } from '../../session/stream-session';
import { AccountBadges } from '../accounts';
import { ChatLog, chatViewOptions, type ChatLogProps } from '../chat';
import { Composer } from '../composer';
import { ConnectionStatus } from '../connection';
import { useThirdPartyEmotes } from '../emotes';
import { FoldButton, StreamOverview } from '../overview';
import { PollSlot } from '../poll';
import { queryHasRegex, useRegexEngine } from '../reading';
import { ViewerSummary } from '../viewers';
import { sharedLineFilter } from './deck-filters';

/**
 * One column of the deck: a stream (its name, live accounts, viewers, connection, poll, chat
 * and composer) or a filtered view of its chat, with the column's own menu.
 */
export function DeckColumnView({
  index,
  column,
  name,
  session,
  settings,
  images,
  hidden,
  count,
  onMove,
  onResize,
  onRemove,
}: {
  index: number;
  column: DeckColumn;
  name: string;
  session: StreamSession;
  settings: Settings;
  images: ImagePolicy;
  hidden: boolean;
  count: number;
  onMove: (by: number) => void;
  onResize: (by: number) => void;
  onRemove: () => void;
}) {
  const { t } = useLingui();
  // A `/regex/` filter runs in the pattern engine, loaded (once) when a filter has one.
  const engineReady = useRegexEngine(column.filter ? queryHasRegex(column.filter) : false);
  const filter = useMemo(
    () => (column.filter ? sharedLineFilter(column.filter) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- compiled again once the engine is in
    [column.filter, engineReady],
  );
  const control =
    'w-full rounded px-2 py-1 text-start text-sm text-zinc-700 hover:bg-zinc-500/10 disabled:opacity-40 dark:text-zinc-300';
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  return (
    <section
      id={`deck-column-${index}`}
      aria-label={name}
      hidden={hidden}
      style={{ flexGrow: column.width }}
      className="flex min-h-0 min-w-0 basis-0 flex-col md:min-w-[20rem]"
    >
      {/* One failing stream never blanks the others: every panel has its own boundary. */}
      <StreamProvider session={session}>
        {/* One line: the stream's name, its live badges and viewers (folded panels), the
            connection; the panels open in full under it. */}
        <div className="flex min-h-9 min-w-0 items-center gap-2 border-b border-zinc-200 px-2 py-1 sm:px-3 dark:border-zinc-800">
          {/* In a narrow dock its tab shows the name. */}
          <h2 className="min-w-8 shrink truncate text-sm font-semibold max-md:sr-only" title={name}>
            {name}
          </h2>
          {!column.filter && !open && (
            <>
              <Panel name="accounts">
                <AccountBadges liveOnly />
              </Panel>
              <Panel name="viewers">
                <ViewerSummary perAccount={false} />
              </Panel>
            </>
          )}
          <div className="ms-auto flex shrink-0">
            <Panel name="connection">
              <ConnectionStatus brief />
            </Panel>
          </div>
          {!column.filter && (
            <FoldButton
              label={t`Viewers and accounts`}
              brief
              open={open}
              controls={detailsId}
              onToggle={() => setOpen(!open)}
            />
          )}
          <MoreMenu label={t`Column options`}>
            <button
              type="button"
              className={control}
              onClick={() => onMove(-1)}
              disabled={index === 0}
            >
              <Trans>Move left</Trans>
            </button>
            <button
              type="button"
              className={control}
              onClick={() => onMove(1)}
              disabled={index === count - 1}
            >
              <Trans>Move right</Trans>
            </button>
            <button
              type="button"
              className={control}
              onClick={() => onResize(1)}
              disabled={column.width >= 3}
            >
              <Trans>Wider</Trans>
            </button>
            <button
              type="button"
              className={control}
              onClick={() => onResize(-1)}
              disabled={column.width <= 1}
            >
              <Trans>Narrower</Trans>
            </button>
            <button type="button" className={control} onClick={onRemove} disabled={count <= 1}>
              <Trans>Remove column</Trans>
            </button>
          </MoreMenu>
        </div>
        {!column.filter && open && (
          <div id={detailsId} className="contents">
            <HintedScroll className="flex max-h-[30vh] flex-col gap-2.5 overflow-y-auto border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
              {/* A column keeps to the counts: the charts are the dashboard's. */}
              <StreamOverview trends={false} />
            </HintedScroll>
          </div>
        )}
        {!column.filter && (
          <Panel name="poll">
            <PollSlot broadcast={false} />
          </Panel>
        )}
        <Panel name="chat">
          <ColumnChat
            images={images}
            view={chatViewOptions(settings, { widget: false })}
            emoteApi={settings.emoteApi}
            {...(filter && { filter })}
          />
        </Panel>
        {!column.filter && (
          <Panel name="composer">
            <Composer />
          </Panel>
        )}
      </StreamProvider>
    </section>
  );
}

/** A column's chat, with the third-party emotes of its stream's Twitch channels. */
function ColumnChat({ emoteApi, ...props }: ChatLogProps & { emoteApi: string | undefined }) {
  const decorateFor = useThirdPartyEmotes(emoteApi);
  return <ChatLog {...props} decorateFor={decorateFor} />;
}
