import {
  useEffect,
  useId,
  useMemo,
  useState,
  type KeyboardEvent as ReactKeyboardEvent,
} from 'react';
import { Brand } from '../components/ui/brand';
import { HintedScroll } from '../components/ui/hinted-scroll';
import { MoreMenu } from '../components/ui/more-menu';
import { Panel } from '../components/ui/panel';
import { pageStorage } from '../config/page-storage';
import {
  DECK_STORAGE_KEY,
  MAX_DECK_COLUMNS,
  deckStreams,
  serializeDeck,
  type DeckColumn,
} from '../config/deck-layout';
import type { Settings } from '../config/settings';
import { ChatLog, type ChatLogProps } from '../features/chat/chat-log';
import { useThirdPartyEmotes } from '../features/emotes';
import { Composer } from '../features/composer/composer';
import { ConnectionStatus } from '../features/connection/connection-status';
import { AccountBadges } from '../features/accounts/account-list';
import { FeaturedControls } from '../features/production/featured-controls';
import { ViewerSummary } from '../features/viewers/viewer-panel';
import { NARROW_QUERY, useMediaQuery } from '../components/ui/use-media-query';
import type { ImagePolicy } from '../protocol/image-hosts';
import { StreamProvider } from '../session/stream-provider';
import { streamNames } from '../session/stream-names';
import type { StreamSession } from '../session/stream-session';
import { queryHasRegex } from '../store/line-filter';
import { useRegexEngine } from '../store/regex-engine';
import { chatViewOptions } from './chat-view-options';
import { sharedLineFilter } from './deck-filters';
import { useDeckSessions } from './deck-sessions';
import { SettingsButton } from './reading-tools';
import { PollSlot } from './poll-slot';
import { FoldButton, SignOutButton, StreamOverview } from './stream-overview';

interface DeckProps {
  settings: Settings;
  columns: DeckColumn[];
  token: string;
  images: ImagePolicy;
  onSignOut: () => void;
}

/** The layout in the address (`deck=`) and on this device, whenever it changes. */
function keepDeck(columns: readonly DeckColumn[]): void {
  const value = serializeDeck(columns);
  try {
    pageStorage('localStorage')?.setItem(DECK_STORAGE_KEY, value);
  } catch {
    // Storage full or refused: the address still holds the layout.
  }
  const url = new URL(window.location.href);
  url.searchParams.delete('stream');
  url.searchParams.set('deck', value);
  window.history.replaceState(window.history.state, '', url.href);
}

/**
 * Several streams side by side: a column per stream, or a filtered view of a stream's chat,
 * each stream with one connection of its own. Columns can be added, removed, moved and made
 * wider; narrow docks show one at a time with tabs (Ctrl+1..9, arrow keys).
 */
export function Deck({ settings, columns: initial, token, images, onSignOut }: DeckProps) {
  const [columns, setColumns] = useState(initial);
  const [names, setNames] = useState<Map<number, string>>(new Map());
  const [current, setCurrent] = useState(0);
  const [adding, setAdding] = useState(false);
  // Below 768 px the deck shows one column at a time, with tabs.
  const narrow = useMediaQuery(NARROW_QUERY);
  const streams = useMemo(() => deckStreams(columns), [columns]);
  const sessions = useDeckSessions(settings.server, token, streams, settings.historyLimit);

  useEffect(() => keepDeck(columns), [columns]);
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
      if (!Number.isInteger(index) || index < 0 || index >= columns.length) return;
      event.preventDefault();
      setCurrent(index);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [columns.length]);

  const streamName = (id: number) => names.get(id) ?? `Stream ${id}`;
  const columnName = (column: DeckColumn) =>
    column.filter ? `${streamName(column.stream)}: ${column.filter}` : streamName(column.stream);
  const shown = Math.min(current, columns.length - 1);

  const change = (next: DeckColumn[]) => setColumns(next);
  const move = (index: number, by: number) => {
    const to = index + by;
    if (to < 0 || to >= columns.length) return;
    const next = [...columns];
    [next[index], next[to]] = [next[to]!, next[index]!];
    change(next);
    if (current === index) setCurrent(to);
  };
  const resize = (index: number, by: number) =>
    change(
      columns.map((column, at) =>
        at === index ? { ...column, width: Math.min(3, Math.max(1, column.width + by)) } : column,
      ),
    );
  const remove = (index: number) => {
    if (columns.length <= 1) return;
    change(columns.filter((_, at) => at !== index));
    setCurrent(Math.max(0, Math.min(current, columns.length - 2)));
  };
  const add = (column: DeckColumn) => {
    change([...columns, column].slice(0, MAX_DECK_COLUMNS));
    setCurrent(Math.min(columns.length, MAX_DECK_COLUMNS - 1));
    setAdding(false);
  };

  const addColumnButton = (className: string) => (
    <button
      type="button"
      aria-expanded={adding}
      onClick={() => setAdding((open) => !open)}
      disabled={columns.length >= MAX_DECK_COLUMNS}
      className={`rounded-md px-2 py-1 text-sm font-medium text-violet-700 hover:bg-violet-500/10 disabled:opacity-50 dark:text-violet-300 ${className}`}
    >
      Add column
    </button>
  );

  const onTabKey = (event: ReactKeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (shown + step + columns.length) % columns.length;
    setCurrent(next);
    document.getElementById(`deck-tab-${next}`)?.focus();
  };

  return (
    <div className="flex h-dvh flex-col">
      <header className="flex items-center gap-x-2 border-b border-zinc-200 bg-white/80 px-3 py-1.5 dark:border-zinc-800 dark:bg-zinc-900/80">
        <h1 className="shrink-0 text-base font-bold tracking-tight">
          <Brand />
        </h1>
        {narrow && (
          <div
            role="tablist"
            aria-label="Streams"
            className="flex min-w-0 flex-1 gap-1 overflow-x-auto"
          >
            {columns.map((column, index) => (
              <button
                key={`${index}-${column.stream}`}
                id={`deck-tab-${index}`}
                type="button"
                role="tab"
                aria-selected={index === shown}
                aria-controls={`deck-column-${index}`}
                tabIndex={index === shown ? 0 : -1}
                onClick={() => setCurrent(index)}
                onKeyDown={onTabKey}
                className={`shrink-0 rounded-md px-2 py-1 text-sm font-medium whitespace-nowrap ${
                  index === shown
                    ? 'bg-violet-600 text-white'
                    : 'text-zinc-600 hover:bg-zinc-500/10 dark:text-zinc-300'
                }`}
              >
                {columnName(column)}
              </button>
            ))}
          </div>
        )}
        {narrow ? (
          <div className="ml-auto flex shrink-0 items-center gap-1">
            <SettingsButton />
            <MoreMenu label="More">
              {addColumnButton('w-full text-left')}
              <SignOutButton onSignOut={onSignOut} className="w-full text-left" />
            </MoreMenu>
          </div>
        ) : (
          <>
            <p className="min-w-0 flex-1 truncate text-sm text-zinc-500 dark:text-zinc-400">
              {columns.length} columns · Ctrl+1…{columns.length} to jump
            </p>
            {addColumnButton('shrink-0 border border-violet-500/60')}
            <SettingsButton />
            <SignOutButton onSignOut={onSignOut} className="shrink-0" />
          </>
        )}
      </header>
      {adding && (
        <AddColumnForm
          streams={[...new Set([...streams, ...names.keys()])]}
          nameOf={streamName}
          onAdd={add}
          onCancel={() => setAdding(false)}
        />
      )}
      {/* The featured line is the page's (one overlay): one strip for every column. */}
      <Panel name="featured">
        <FeaturedControls />
      </Panel>
      <div className="flex min-h-0 flex-1 divide-x divide-zinc-200 overflow-x-auto dark:divide-zinc-800">
        {columns.map((column, index) => {
          const session = sessions.get(column.stream);
          if (!session) return null;
          return (
            <DeckColumnView
              key={`${index}-${column.stream}-${column.filter ?? ''}`}
              index={index}
              column={column}
              name={columnName(column)}
              session={session}
              settings={settings}
              images={images}
              hidden={narrow && index !== shown}
              count={columns.length}
              onMove={(by) => move(index, by)}
              onResize={(by) => resize(index, by)}
              onRemove={() => remove(index)}
            />
          );
        })}
      </div>
    </div>
  );
}

function AddColumnForm({
  streams,
  nameOf,
  onAdd,
  onCancel,
}: {
  streams: number[];
  nameOf: (id: number) => string;
  onAdd: (column: DeckColumn) => void;
  onCancel: () => void;
}) {
  const [stream, setStream] = useState(String(streams[0] ?? ''));
  const [other, setOther] = useState('');
  const [filter, setFilter] = useState('');
  const hintId = useId();
  const chosen = stream === 'other' ? Number(other) : Number(stream);
  const valid = Number.isInteger(chosen) && chosen > 0;
  const escape = (event: ReactKeyboardEvent) => {
    if (event.key === 'Escape') onCancel();
  };
  return (
    <form
      aria-label="Add column"
      onSubmit={(event) => {
        event.preventDefault();
        if (valid)
          onAdd({ stream: chosen, width: 1, ...(filter.trim() && { filter: filter.trim() }) });
      }}
      className="flex flex-wrap items-end gap-3 border-b border-zinc-200 bg-white px-3 py-2 text-sm dark:border-zinc-800 dark:bg-zinc-900"
    >
      <label className="flex flex-col gap-1 font-medium">
        Stream
        <select
          value={stream}
          onChange={(event) => setStream(event.target.value)}
          className="field py-1"
        >
          {streams.map((id) => (
            <option key={id} value={id}>
              {nameOf(id)}
            </option>
          ))}
          <option value="other">Another stream id…</option>
        </select>
      </label>
      {stream === 'other' && (
        <label className="flex flex-col gap-1 font-medium">
          Stream id
          <input
            value={other}
            onChange={(event) => setOther(event.target.value)}
            onKeyDown={escape}
            inputMode="numeric"
            className="field w-24 py-1"
          />
        </label>
      )}
      <label className="flex min-w-48 flex-1 flex-col gap-1 font-medium">
        Filter
        <input
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          onKeyDown={escape}
          aria-describedby={hintId}
          placeholder="network:youtube, is:pm, from:name, words"
          className="field py-1"
        />
      </label>
      <button
        type="submit"
        disabled={!valid}
        className="rounded-lg bg-violet-600 px-3 py-1.5 font-semibold text-white disabled:opacity-50"
      >
        Add
      </button>
      <button type="button" onClick={onCancel} className="px-2 py-1.5 underline">
        Cancel
      </button>
      <p id={hintId} className="w-full text-xs text-zinc-600 dark:text-zinc-400">
        Without a filter the column is the whole stream, with its composer; with one, only the chat
        lines that match.
      </p>
    </form>
  );
}

function DeckColumnView({
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
  // A `/regex/` filter runs in the pattern engine, loaded (once) when a filter has one.
  const engineReady = useRegexEngine(column.filter ? queryHasRegex(column.filter) : false);
  const filter = useMemo(
    () => (column.filter ? sharedLineFilter(column.filter) : undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- compiled again once the engine is in
    [column.filter, engineReady],
  );
  const control =
    'w-full rounded px-2 py-1 text-left text-sm text-zinc-700 hover:bg-zinc-500/10 disabled:opacity-40 dark:text-zinc-300';
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
          <div className="ml-auto flex shrink-0">
            <Panel name="connection">
              <ConnectionStatus brief />
            </Panel>
          </div>
          {!column.filter && (
            <FoldButton
              label="Viewers and accounts"
              brief
              open={open}
              controls={detailsId}
              onToggle={() => setOpen(!open)}
            />
          )}
          <MoreMenu label="Column options">
            <button
              type="button"
              className={control}
              onClick={() => onMove(-1)}
              disabled={index === 0}
            >
              Move left
            </button>
            <button
              type="button"
              className={control}
              onClick={() => onMove(1)}
              disabled={index === count - 1}
            >
              Move right
            </button>
            <button
              type="button"
              className={control}
              onClick={() => onResize(1)}
              disabled={column.width >= 3}
            >
              Wider
            </button>
            <button
              type="button"
              className={control}
              onClick={() => onResize(-1)}
              disabled={column.width <= 1}
            >
              Narrower
            </button>
            <button type="button" className={control} onClick={onRemove} disabled={count <= 1}>
              Remove column
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
