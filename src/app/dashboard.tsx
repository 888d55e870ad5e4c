import { useLingui } from '@lingui/react/macro';
import { Suspense, lazy, useCallback } from 'react';
import { Panel } from '../components/ui/panel';
import type { Settings } from '../config/settings';
import { chatViewOptions, ChatLog } from '../features/chat';
import { SignOutButton, StreamOverview } from '../features/overview';
import type { ImagePolicy } from '../protocol/image-hosts';
import type { HistoryLine } from '../store/slices/history';
import { Composer } from '../features/composer';
import { FeaturedSlot } from '../features/featured';
import { ExportChat } from '../features/kept-chat';
import { PollSlot } from '../features/poll';
import { ConnectionDetail, ConnectionStatus, LiveBadge } from '../features/connection';
import { DiagnosticsSlot } from '../features/diagnostics';
import { Brand } from '../components/ui/brand';
import { MoreMenu } from '../components/ui/more-menu';
import { HintedScroll } from '../components/ui/hinted-scroll';
import { NARROW_QUERY, useMediaQuery } from '../components/ui/use-media-query';
import { ReadingNotice, SettingsButton, useChatSearch } from '../features/settings';
import { useThirdPartyEmotes } from '../features/emotes';
import { VoiceAndNotice } from '../features/voice';
import { UpdateSlot } from '../features/installable';

// The streamer's assistant loads after the first paint (the session loads its runners too).
const QuestionsSlot = lazy(() =>
  import('../features/questions').then((module) => ({ default: module.QuestionsSlot })),
);
const BotSwitch = lazy(() =>
  import('../features/bot').then((module) => ({ default: module.BotSwitch })),
);
const GiveawaySlot = lazy(() =>
  import('../features/giveaway').then((module) => ({ default: module.GiveawaySlot })),
);

/** The full dashboard: who is live, viewers, the unified chat and the composer. */
export function Dashboard({
  settings,
  images,
  stream,
  onSignOut,
}: {
  settings: Settings;
  images: ImagePolicy;
  /** Which stream of which server: named in exported files. */
  stream: { server: string; streamId: number };
  onSignOut: () => void;
}) {
  const { t } = useLingui();
  const { searchButton, searchPanel } = useChatSearch();
  const decorateFor = useThirdPartyEmotes(settings.emoteApi);
  const emoteWords = useCallback((line: HistoryLine) => decorateFor?.(line)?.words, [decorateFor]);
  const narrow = useMediaQuery(NARROW_QUERY);
  return (
    <div className="flex h-dvh flex-col">
      {/* One line at every width: a 300 px OBS dock included. */}
      <header className="flex items-center gap-2 border-b border-zinc-200 bg-white px-3 py-1.5 sm:gap-4 sm:px-4 sm:py-2 dark:border-zinc-800 dark:bg-zinc-900">
        <h1 className="shrink-0 text-base font-bold tracking-tight sm:text-lg">
          <Brand />
        </h1>
        <div className="shrink-0">
          <Panel name="stream">
            <LiveBadge />
          </Panel>
        </div>
        <div className="ms-auto flex min-w-0 justify-end">
          <Panel name="connection">
            <ConnectionStatus />
          </Panel>
        </div>
        <Suspense fallback={null}>
          <BotSwitch />
        </Suspense>
        <VoiceAndNotice hidePm={settings.hidePm} hideIrc={settings.hideIrc} wordsOf={emoteWords} />
        {searchButton}
        <SettingsButton />
        <SignOutButton onSignOut={onSignOut} className="hidden shrink-0 sm:block" />
        <div className="sm:hidden">
          <MoreMenu label={t`More`}>
            <SignOutButton onSignOut={onSignOut} className="w-full text-start" />
          </MoreMenu>
        </div>
      </header>
      <Panel name="connection detail">
        <ConnectionDetail />
      </Panel>
      <ReadingNotice />
      <UpdateSlot />
      {/* Chat first: the log keeps at least half the window (its own min-height); in a narrow
          window the side panel folds to a line per panel and gives up the rest of its room. */}
      <div className="flex min-h-0 flex-1 flex-col md:flex-row">
        <HintedScroll
          as="aside"
          label={t`Stream`}
          // Narrow: the two folded lines; the rest (Export, Recap) scrolls, until one opens.
          frameClassName={`shrink md:w-64 md:shrink-0 lg:w-72 ${
            narrow ? 'max-h-[8.5rem] has-[[aria-expanded=true]]:max-h-none' : ''
          }`}
          className={`flex min-h-0 flex-col overflow-y-auto border-b border-zinc-200 dark:border-zinc-800 md:flex-1 md:border-e md:border-b-0 ${
            narrow ? 'gap-1 px-3 py-1.5' : 'gap-2.5 p-4 lg:gap-5'
          }`}
        >
          <StreamOverview folded={narrow} />
          <Panel name="questions">
            <Suspense fallback={null}>
              <QuestionsSlot folded={narrow} />
            </Suspense>
          </Panel>
          <Panel name="giveaway">
            <Suspense fallback={null}>
              <GiveawaySlot folded={narrow} />
            </Suspense>
          </Panel>
          <Panel name="export">
            <ExportChat server={stream.server} stream={stream.streamId} />
          </Panel>
          <Panel name="diagnostics">
            <DiagnosticsSlot />
          </Panel>
        </HintedScroll>
        <main className="relative flex min-w-0 flex-1 flex-col md:min-h-0">
          {searchPanel}
          {/* The poll and the featured queue: compact strips over the chat, as Twitch pins. */}
          <Panel name="poll">
            <PollSlot />
          </Panel>
          <Panel name="featured">
            <FeaturedSlot />
          </Panel>
          <Panel name="chat">
            <ChatLog
              images={images}
              view={chatViewOptions(settings, { widget: false })}
              decorateFor={decorateFor}
              learningNote
            />
          </Panel>
          <Panel name="composer">
            <Composer />
          </Panel>
        </main>
      </div>
    </div>
  );
}
