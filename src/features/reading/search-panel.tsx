import { plural } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import {
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { NetworkIcon } from '../../components/network/network-icon';
import { listTime } from '../../components/ui/time-formats';
import { hostsOnly } from '../../protocol/safe-url';
import {
  MAX_QUERY_CHARS,
  parseSearch,
  queryHasRegex,
  searchInSlices,
  type SearchResult,
} from './line-filter';
import { useRegexEngine } from './regex-engine';
import { useReadingSettings } from './reading-settings-context';
import { useStream } from '../../store/stream-context';
import type { HistoryLine } from '../../store/slices/history';

/** Results listed at most; the count says how many there are in all. */
export const RESULTS_SHOWN = 100;
/** While open, lines that arrive join the searched history at most this often. */
const REFRESH_MS = 1_000;

/** The text with the query's matches marked. */
function Marked({ text, marks }: { text: string; marks: { index: number; length: number }[] }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  for (const { index, length } of marks) {
    if (index > at) pieces.push(text.slice(at, index));
    pieces.push(
      <mark key={index} className="rounded-sm bg-amber-300/70 text-inherit dark:bg-amber-400/40">
        {text.slice(index, index + length)}
      </mark>,
    );
    at = index + length;
  }
  pieces.push(text.slice(at));
  return <>{pieces}</>;
}

/**
 * Search over the whole kept history, newest first: words, `from:`, `network:`, `is:pm`,
 * `has:link`, `/regex/`. Choosing a result shows its line in the log.
 */
export function SearchPanel({ onClose }: { onClose: (chosen: boolean) => void }) {
  const { t, i18n } = useLingui();
  const live = useStream((state) => state.messages);
  const jumpToLine = useStream((state) => state.jumpToLine);
  const accounts = useStream((state) => state.accounts);
  const streamerMode = useReadingSettings((state) => state.settings.streamerMode);
  const timestamps = useReadingSettings((state) => state.settings.timestamps);
  const [history, setHistory] = useState(live);
  useEffect(() => {
    if (live === history) return;
    const timer = setTimeout(() => setHistory(live), REFRESH_MS);
    return () => clearTimeout(timer);
  }, [live, history]);

  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const engineReady = useRegexEngine(queryHasRegex(deferred));
  // eslint-disable-next-line react-hooks/exhaustive-deps -- compiled again once the engine is in
  const parsed = useMemo(() => parseSearch(deferred), [deferred, engineReady]);
  // The search runs in slices that give the page back between them; the last one says.
  const [found, setFound] = useState<{ for: unknown; result: SearchResult } | null>(null);
  const searchInput = useMemo(
    () => ({ history, parsed, streamerMode }),
    [history, parsed, streamerMode],
  );
  useEffect(() => {
    const searched = streamerMode ? history.filter((line) => !line.to) : history;
    const stop = new AbortController();
    searchInSlices(
      searched,
      parsed,
      RESULTS_SHOWN,
      (result) => setFound({ for: searchInput, result }),
      { signal: stop.signal },
    );
    return () => stop.abort();
  }, [searchInput, history, parsed, streamerMode]);
  const searching = found?.for !== searchInput;
  const { results, total } = found?.result ?? { results: [], total: 0 };

  const listRef = useRef<HTMLUListElement>(null);
  const boxRef = useRef<HTMLInputElement>(null);
  useEffect(() => boxRef.current?.focus(), []);

  const choose = (line: HistoryLine) => {
    jumpToLine(line.seq);
    onClose(true);
  };
  const buttons = () => [...(listRef.current?.querySelectorAll('button') ?? [])];
  const onBoxKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(false);
    } else if (event.key === 'Enter' && results[0]) {
      event.preventDefault();
      choose(results[0]);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      buttons()[0]?.focus();
    }
  };
  const onListKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = buttons();
    const index = all.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose(false);
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      all[Math.min(index + 1, all.length - 1)]?.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index <= 0) boxRef.current?.focus();
      else all[index - 1]?.focus();
    }
  };
  const networkName = (network: string) =>
    network === 'irc'
      ? 'IRC'
      : (accounts.find((account) => account.network.name === network)?.network.displayName ??
        network);

  const problem = parsed.problem ? `${parsed.problem.term}: ${i18n._(parsed.problem.reason)}` : '';
  const kept = i18n.number(history.length);
  const shown = i18n.number(results.length);
  const summary = parsed.empty
    ? t`Words, from:name, network:twitch, is:pm, has:link or /regex/. Enter jumps to the newest match.`
    : parsed.waiting
      ? t`Loading the pattern engine…`
      : searching
        ? t`Searching…`
        : total === 0
          ? t`No line matches.`
          : total > results.length
            ? plural(total, {
                one: `# match, newest ${shown} shown, in ${kept} kept lines.`,
                other: `# matches, newest ${shown} shown, in ${kept} kept lines.`,
              })
            : plural(total, {
                one: `# match in ${kept} kept lines.`,
                other: `# matches in ${kept} kept lines.`,
              });

  return (
    <section
      aria-label={t`Search`}
      className="search-panel absolute inset-x-2 top-2 z-20 flex max-h-[min(70%,32rem)] flex-col overflow-hidden rounded-xl border border-zinc-200 bg-white shadow-2xl dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="flex items-center gap-2 border-b border-zinc-200 p-2 dark:border-zinc-800">
        <input
          ref={boxRef}
          type="search"
          aria-label={t`Search chat`}
          aria-describedby="search-summary"
          value={query}
          maxLength={MAX_QUERY_CHARS}
          onChange={(event) => setQuery(event.target.value.slice(0, MAX_QUERY_CHARS))}
          onKeyDown={onBoxKey}
          placeholder={t`Search chat…`}
          autoComplete="off"
          spellCheck={false}
          className="field min-w-0 flex-1 py-1.5"
        />
        <button
          type="button"
          onClick={() => onClose(false)}
          className="rounded-lg px-2.5 py-1.5 text-sm font-medium text-zinc-600 hover:bg-zinc-100 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-300 dark:hover:bg-zinc-800"
        >
          <Trans>Close</Trans>
        </button>
      </div>
      <p
        id="search-summary"
        role="status"
        className="px-3 py-1.5 text-xs text-zinc-500 dark:text-zinc-400"
      >
        {parsed.clipped ? (
          <span className="text-rose-700 dark:text-rose-300">
            <Trans>Only the first {MAX_QUERY_CHARS} characters are searched.</Trans>{' '}
          </span>
        ) : null}
        {parsed.problem ? (
          <span className="text-rose-700 dark:text-rose-300">
            <Trans>Not used: {problem}.</Trans>{' '}
          </span>
        ) : null}
        {summary}
      </p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- arrow keys move between the result buttons */}
      <ul
        ref={listRef}
        aria-label={t`Search results`}
        data-query={deferred}
        onKeyDown={onListKey}
        className="min-h-0 flex-1 divide-y divide-zinc-100 overflow-y-auto dark:divide-zinc-800"
      >
        {results.map((line) => (
          <li key={line.seq}>
            <button
              type="button"
              onClick={() => choose(line)}
              className="flex w-full items-start gap-2 px-3 py-1.5 text-start text-sm hover:bg-violet-500/10 focus-visible:bg-violet-500/15 focus-visible:outline-none"
            >
              <time
                dateTime={new Date(line.timestamp ?? line.receivedAt).toISOString()}
                className="mt-px shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400"
              >
                {listTime(line.timestamp ?? line.receivedAt, timestamps)}
              </time>
              <span className="mt-0.5 shrink-0">
                <NetworkIcon network={line.network} label={networkName(line.network)} />
              </span>
              <span className="min-w-0 break-words">
                <strong className="font-semibold">
                  <Marked text={line.from.name} marks={parsed.marks(line.from.name)} />
                </strong>
                <span className="text-zinc-500 dark:text-zinc-400">: </span>
                {streamerMode ? (
                  hostsOnly(line.text)
                ) : (
                  <Marked text={line.text} marks={parsed.marks(line.text)} />
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
