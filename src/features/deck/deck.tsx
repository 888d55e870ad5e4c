import { Trans, useLingui } from '@lingui/react/macro';
import { useEffect, useMemo, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { inlineStep } from '../../components/ui/inline-keys';
import { Brand } from '../../components/ui/brand';
import { MoreMenu } from '../../components/ui/more-menu';
import { Panel } from '../../components/ui/panel';
import { NARROW_QUERY, useMediaQuery } from '../../components/ui/use-media-query';
import { pageStorage } from '../../config/page-storage';
import {
  DECK_STORAGE_KEY,
  MAX_DECK_COLUMNS,
  deckStreams,
  serializeDeck,
  type DeckColumn,
} from '../../config/deck-layout';
import type { Settings } from '../../config/settings';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { streamNames } from '../../session/stream-names';
import { FeaturedSlot } from '../featured';
import { UpdateSlot } from '../installable';
import { SignOutButton } from '../overview';
import { SettingsButton } from '../settings';
import { AddColumnForm } from './add-column-form';
import { DeckColumnView } from './deck-column';
import { useDeckStreams } from './use-deck-streams';

interface DeckProps {
  settings: Settings;
  columns: DeckColumn[];
  token: string;
  images: ImagePolicy;
  onSignOut: () => void;
}

/** The layout in the address (`deck=`) and on this device, whenever it changes. */
function saveDeck(columns: readonly DeckColumn[]): void {
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
  const { t } = useLingui();
  const [columns, setColumns] = useState(initial);
  const [names, setNames] = useState<Map<number, string>>(new Map());
  const [current, setCurrent] = useState(0);
  const [adding, setAdding] = useState(false);
  // Below 768 px the deck shows one column at a time, with tabs.
  const narrow = useMediaQuery(NARROW_QUERY);
  const streams = useMemo(() => deckStreams(columns), [columns]);
  const sessions = useDeckStreams(settings.server, token, streams, settings.historyLimit);

  useEffect(() => saveDeck(columns), [columns]);
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

  const streamName = (id: number) => names.get(id) ?? t`Stream ${id}`;
  const columnCount = columns.length;
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
      <Trans>Add column</Trans>
    </button>
  );

  const onTabKey = (event: ReactKeyboardEvent) => {
    // Along the tabs as they are drawn: in Arabic (right to left) ArrowLeft is the next one.
    const step = inlineStep(event.key, event.currentTarget);
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
            aria-label={t`Streams`}
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
          <div className="ms-auto flex shrink-0 items-center gap-1">
            <SettingsButton />
            <MoreMenu label={t`More`}>
              {addColumnButton('w-full text-start')}
              <SignOutButton onSignOut={onSignOut} className="w-full text-start" />
            </MoreMenu>
          </div>
        ) : (
          <>
            <p className="min-w-0 flex-1 truncate text-sm text-zinc-500 dark:text-zinc-400">
              {t`${columnCount} columns · Ctrl+1…${columnCount} to jump`}
            </p>
            {addColumnButton('shrink-0 border border-violet-500/60')}
            <SettingsButton />
            <SignOutButton onSignOut={onSignOut} className="shrink-0" />
          </>
        )}
      </header>
      <UpdateSlot />
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
        <FeaturedSlot />
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
