import { useEffect, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { Brand } from '../components/ui/brand';
import { HintedScroll } from '../components/ui/hinted-scroll';
import { Panel } from '../components/ui/panel';
import type { Settings } from '../config/settings';
import { AccountList } from '../features/accounts/account-list';
import { ChatLog } from '../features/chat/chat-log';
import { Composer } from '../features/composer/composer';
import { ConnectionStatus } from '../features/connection/connection-status';
import { StreamState } from '../features/connection/stream-state';
import { ViewerPanel } from '../features/viewers/viewer-panel';
import type { ImagePolicy } from '../protocol/image-hosts';
import { StreamProvider } from '../session/stream-provider';
import { streamNames } from '../session/stream-names';
import { useStreamSession } from '../session/use-stream-session';
import { chatViewOptions } from './chat-view-options';

interface DeckProps {
  settings: Settings;
  streamIds: number[];
  token: string;
  images: ImagePolicy;
  onSignOut: () => void;
}

/** Below this width the deck shows one column at a time, with tabs. */
const NARROW_QUERY = '(max-width: 767px)';

function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW_QUERY).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW_QUERY);
    const follow = () => setNarrow(query.matches);
    query.addEventListener('change', follow);
    return () => query.removeEventListener('change', follow);
  }, []);
  return narrow;
}

/**
 * Several streams side by side (`stream=21,34`), one column each with its own connection,
 * accounts, viewers, chat and composer. Narrow docks show one column at a time with tabs;
 * Ctrl+1..9 switch.
 */
export function Deck({ settings, streamIds, token, images, onSignOut }: DeckProps) {
  const [names, setNames] = useState<Map<number, string>>(new Map());
  const [current, setCurrent] = useState(0);
  const narrow = useNarrow();
  useEffect(() => {
    let alive = true;
    void streamNames(settings.server, token).then((found) => {
      if (alive) setNames(found);
    });
    return () => {
      alive = false;
    };
  }, [settings.server, token]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const index = Number(event.key) - 1;
      if (!Number.isInteger(index) || index < 0 || index >= streamIds.length) return;
      event.preventDefault();
      setCurrent(index);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [streamIds.length]);

  const nameOf = (id: number) => names.get(id) ?? `Stream ${id}`;
  const onTabKey = (event: ReactKeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (current + step + streamIds.length) % streamIds.length;
    setCurrent(next);
    document.getElementById(`deck-tab-${streamIds[next]}`)?.focus();
  };

  return (
    <div className="flex h-dvh flex-col">
      <header className="flex items-center gap-3 border-b border-zinc-200 bg-white/80 px-3 py-1.5 dark:border-zinc-800 dark:bg-zinc-900/80">
        <h1 className="shrink-0 text-base font-bold tracking-tight">
          <Brand />
        </h1>
        {narrow ? (
          <div
            role="tablist"
            aria-label="Streams"
            className="flex min-w-0 flex-1 gap-1 overflow-x-auto"
          >
            {streamIds.map((id, index) => (
              <button
                key={id}
                id={`deck-tab-${id}`}
                type="button"
                role="tab"
                aria-selected={index === current}
                aria-controls={`deck-column-${id}`}
                tabIndex={index === current ? 0 : -1}
                onClick={() => setCurrent(index)}
                onKeyDown={onTabKey}
                className={`shrink-0 rounded-md px-2 py-1 text-sm font-medium ${
                  index === current
                    ? 'bg-violet-600 text-white'
                    : 'text-zinc-600 hover:bg-zinc-500/10 dark:text-zinc-300'
                }`}
              >
                {nameOf(id)}
              </button>
            ))}
          </div>
        ) : (
          <p className="min-w-0 flex-1 truncate text-sm text-zinc-500 dark:text-zinc-400">
            {streamIds.length} streams · Ctrl+1…{streamIds.length} to jump
          </p>
        )}
        <button
          type="button"
          onClick={onSignOut}
          className="shrink-0 rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-400"
        >
          Sign out
        </button>
      </header>
      <div className="flex min-h-0 flex-1 divide-x divide-zinc-200 overflow-x-auto dark:divide-zinc-800">
        {streamIds.map((id, index) => (
          <DeckColumn
            key={id}
            id={id}
            name={nameOf(id)}
            settings={settings}
            token={token}
            images={images}
            hidden={narrow && index !== current}
          />
        ))}
      </div>
    </div>
  );
}

function DeckColumn({
  id,
  name,
  settings,
  token,
  images,
  hidden,
}: {
  id: number;
  name: string;
  settings: Settings;
  token: string;
  images: ImagePolicy;
  hidden: boolean;
}) {
  const session = useStreamSession(
    { server: settings.server, streamId: id, token },
    { historyLimit: settings.historyLimit },
  );
  if (!session) return null;
  return (
    <section
      id={`deck-column-${id}`}
      aria-label={name}
      hidden={hidden}
      className="flex min-h-0 min-w-[20rem] flex-1 flex-col"
    >
      {/* One failing stream never blanks the others: every panel has its own boundary. */}
      <StreamProvider session={session}>
        <div className="flex items-center gap-2 border-b border-zinc-200 px-3 py-1.5 dark:border-zinc-800">
          <h2 className="min-w-0 truncate text-sm font-semibold">{name}</h2>
          <Panel name="stream">
            <StreamState />
          </Panel>
          <div className="ml-auto flex min-w-0 justify-end">
            <Panel name="connection">
              <ConnectionStatus />
            </Panel>
          </div>
        </div>
        <HintedScroll className="flex max-h-[30vh] flex-col gap-2.5 overflow-y-auto border-b border-zinc-200 px-3 py-2 dark:border-zinc-800">
          <Panel name="viewers">
            <ViewerPanel />
          </Panel>
          <Panel name="accounts">
            <AccountList />
          </Panel>
        </HintedScroll>
        <Panel name="chat">
          <ChatLog images={images} view={chatViewOptions(settings, { widget: false })} />
        </Panel>
        <Panel name="composer">
          <Composer />
        </Panel>
      </StreamProvider>
    </section>
  );
}
