import {
  Suspense,
  lazy,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
} from 'react';
import { limitOf, measure } from '../../protocol/chat-limits';
import { readIntent } from '../../protocol/commands';
import type { Account } from '../../protocol/events';
import { useStreamActions } from '../../session/stream-provider';
import { useReadingSettings } from '../../store/reading-settings-store';
import { useStream, useStreamStore } from '../../store/stream-context';
import {
  ALL_LIVE_ACCOUNTS,
  broadcastPlan,
  composerRoute,
  writerKey,
  type ComposerRoute,
} from '../../store/selectors';
import type { WriterState } from '../../store/slices/composer';
import {
  completeName,
  recentNames,
  suggestionsFor,
  type Completion,
  type Suggestion,
} from './suggestions';

const EACH_OWN_ACCOUNT = 'Each network’s own account';

function accountLabel(account: Account): string {
  return account.id === 0
    ? `IRC · ${account.name}`
    : `${account.network.displayName} · ${account.name}`;
}

/** What is left of the tightest limit among the networks a line goes to. */
function room(
  text: string,
  networks: readonly string[],
): { left: number; network: string; unit: string } | null {
  let tightest: { left: number; network: string; unit: string } | null = null;
  for (const network of new Set(networks)) {
    const limit = limitOf(network);
    if (!limit) continue;
    const left = limit.max - measure(text, limit);
    if (!tightest || left < tightest.left)
      tightest = { left, network: limit.name, unit: limit.unit };
  }
  return tightest;
}

/**
 * Answer from any writable account, or every live one at once: From, To, Message, Send.
 * Enter sends, Ctrl+Enter sends and keeps the text; Up and Down recall sent lines; Tab
 * completes a chatter's name; `/` lists the commands and `;` the quick replies.
 */
// Lines wait only while offline or without a writer: their list loads with the first one.
const OutboxList = lazy(() =>
  import('./outbox-list').then((module) => ({ default: module.OutboxList })),
);

export function Composer() {
  const accounts = useStream((state) => state.accounts);
  const waiting = useStream((state) => state.outbox.length > 0);
  const fromId = useStream((state) => state.fromId);
  const toId = useStream((state) => state.toId);
  const writers = useStream((state) => state.writers);
  const draft = useStream((state) => state.draft);
  const error = useStream((state) => state.composerError);
  const connected = useStream((state) => state.connection.phase === 'connected');
  const reply = useStream((state) => state.reply);
  const focusMessage = useStream((state) => state.focusMessage);
  const cancelReply = useStream((state) => state.setReply);
  const sentLines = useStream((state) => state.sentLines);
  const store = useStreamStore();
  const quickReplies = useReadingSettings((state) => state.settings.quickReplies);
  const { setDraft, chooseFrom, chooseTo, submitDraft, askWriterAgain } = useStreamActions();
  const messageRef = useRef<HTMLInputElement>(null);
  // A reply was chosen (in the chat or a user card): the message box takes the focus.
  useEffect(() => {
    if (focusMessage > 0) messageRef.current?.focus();
  }, [focusMessage]);

  const route = useMemo(
    () => composerRoute({ accounts, fromId, toId, writers }),
    [accounts, fromId, toId, writers],
  );
  const writable = useMemo(() => accounts.filter((account) => account.writable), [accounts]);
  const everyLive = useMemo(() => broadcastPlan(accounts), [accounts]);
  const hintId = useId();
  const counterId = useId();
  const listId = useId();

  const all = route.all;
  const waitingForWriter =
    !all && connected && route.writer !== 'not-needed' && route.writer !== 'ready';
  const canType = Boolean(all ?? (route.from && route.to)) && !waitingForWriter;
  const intent = readIntent(draft);

  // Where the line goes, for its length: every writable live account, or the one chosen.
  const body = intent.kind === 'action' ? draft.trim().replace(/^\/me\s+/i, '') : draft.trim();
  const networks = all
    ? all.filter((target) => target.from).map((target) => target.to.network.name)
    : intent.kind === 'irc' || intent.kind === 'private'
      ? ['irc']
      : route.to
        ? [route.to.network.name]
        : [];
  const left = draft.trim() ? room(body, networks) : room('', networks);

  // Recall (Up/Down), completion (Tab), suggestions (/ and ;).
  const [recall, setRecall] = useState<number | null>(null);
  const [completion, setCompletion] = useState<Completion['cycle'] | null>(null);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const suggestions: Suggestion[] = dismissed === draft ? [] : suggestionsFor(draft, quickReplies);
  const activeIndex = Math.min(active, Math.max(0, suggestions.length - 1));

  const type = (value: string) => {
    setDraft(value);
    setRecall(null);
    setCompletion(null);
    setActive(0);
  };
  const choose = (suggestion: Suggestion) => {
    type(suggestion.value);
    setDismissed(suggestion.value);
    messageRef.current?.focus();
  };

  const send = (keep: boolean) => {
    submitDraft({ keep });
    setRecall(null);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    if (suggestions.length > 0) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + suggestions.length) % suggestions.length);
        return;
      }
      if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
        event.preventDefault();
        choose(suggestions[activeIndex]!);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(draft);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      send(true);
      return;
    }
    if (event.key === 'Escape' && reply) {
      event.preventDefault();
      cancelReply(null);
      return;
    }
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const recalling = recall !== null || draft === '';
      if (!recalling || sentLines.length === 0) return;
      event.preventDefault();
      const current = recall ?? sentLines.length;
      const next =
        event.key === 'ArrowUp'
          ? Math.max(0, current - 1)
          : Math.min(sentLines.length, current + 1);
      setDraft(next === sentLines.length ? '' : sentLines[next]!);
      setRecall(next === sentLines.length ? null : next);
      return;
    }
    if (event.key === 'Tab' && !event.shiftKey && !event.altKey && !event.ctrlKey) {
      const caret = input.selectionStart ?? draft.length;
      const names = recentNames(store.getState().messages);
      const done = completeName(draft, caret, names, completion);
      if (!done) return;
      event.preventDefault();
      setDraft(done.draft);
      setCompletion(done.cycle);
      requestAnimationFrame(() => input.setSelectionRange(done.caret, done.caret));
    }
  };

  const toValue = all ? ALL_LIVE_ACCOUNTS : (route.to?.id ?? '');
  const fromLabel = all ? EACH_OWN_ACCOUNT : route.from ? accountLabel(route.from) : '';
  const toLabel = all ? 'All live accounts' : route.to ? accountLabel(route.to) : '';
  // The message box comes first after the chat (Tab from the log reaches it at once); From,
  // To and what is left of the limit sit under it, what was sent under those.
  return (
    <form
      aria-label="Send a message"
      onSubmit={onSubmit}
      className="flex flex-col gap-1.5 border-t border-zinc-200 bg-white/80 px-2 py-2 sm:px-3 dark:border-zinc-800 dark:bg-zinc-900/80"
    >
      {reply && (
        <div className="reply-bar flex min-w-0 items-center gap-2 rounded-md border border-violet-500/30 bg-violet-500/10 px-2 py-0.5 text-xs">
          <span className="min-w-0 flex-1 truncate">
            Replying to <strong>{reply.name}</strong>
            <span className="text-zinc-500 dark:text-zinc-400">: {reply.text}</span>
          </span>
          <button
            type="button"
            onClick={() => {
              cancelReply(null);
              messageRef.current?.focus();
            }}
            className="shrink-0 rounded px-1.5 py-0.5 font-medium text-violet-700 hover:bg-violet-500/15 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-violet-300"
          >
            Cancel reply
          </button>
        </div>
      )}
      <div className="relative flex items-center gap-2">
        <input
          ref={messageRef}
          type="text"
          aria-label="Message"
          // Where the focus goes after a dialog whose opener is gone (modal-dialog.tsx).
          data-focus-home=""
          aria-describedby={`${counterId} ${hintId}`}
          aria-controls={suggestions.length > 0 ? listId : undefined}
          aria-activedescendant={suggestions.length > 0 ? `${listId}-${activeIndex}` : undefined}
          value={draft}
          onChange={(event) => type(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={!canType}
          maxLength={2_000}
          autoComplete="off"
          placeholder={
            canType
              ? all
                ? 'Message to every live account… (/ for commands, ; for quick replies)'
                : `Message as ${route.from?.name ?? ''}… (/ for commands, ; for quick replies)`
              : undefined
          }
          className="field min-w-0 flex-1 py-1.5 sm:py-2"
        />
        <button
          type="submit"
          disabled={!canType || draft.trim().length === 0}
          className="rounded-lg bg-violet-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:cursor-not-allowed disabled:opacity-50 sm:py-2"
        >
          Send
        </button>
        {suggestions.length > 0 && (
          <ul
            id={listId}
            role="listbox"
            aria-label={draft.startsWith(';') ? 'Quick replies' : 'Commands'}
            className="absolute bottom-full left-0 z-20 mb-1 flex max-h-60 w-full max-w-md flex-col overflow-y-auto rounded-lg border border-zinc-200 bg-white p-1 text-sm shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
          >
            {suggestions.map((suggestion, index) => (
              <li
                key={suggestion.label}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === activeIndex}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(suggestion);
                }}
                className={`cursor-pointer rounded-md px-2 py-1 ${
                  index === activeIndex ? 'bg-violet-500/15' : ''
                }`}
              >
                <span className="font-mono text-xs">{suggestion.label}</span>
                {suggestion.description && (
                  <span className="ml-2 text-xs text-zinc-500 dark:text-zinc-400">
                    {suggestion.description}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 text-xs">
        {/* Each control as wide as its longest account; narrower where room is short, with the
            whole name on hover. */}
        <label className="flex min-w-0 flex-1 items-center gap-1.5 sm:flex-none">
          <span className="text-zinc-600 dark:text-zinc-400">From</span>
          <select
            value={all ? 'each' : (route.from?.id ?? '')}
            onChange={(event) => chooseFrom(Number(event.target.value))}
            disabled={writable.length === 0 || Boolean(all)}
            title={fromLabel || undefined}
            className="field w-0 min-w-0 flex-1 px-1.5 py-0.5 text-xs sm:w-auto sm:max-w-full sm:flex-none"
          >
            {all && <option value="each">{EACH_OWN_ACCOUNT}</option>}
            {writable.length === 0 && <option value="">No account can write</option>}
            {writable.map((account) => (
              <option key={account.id} value={account.id}>
                {accountLabel(account)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 flex-1 items-center gap-1.5 sm:flex-none">
          <span className="text-zinc-600 dark:text-zinc-400">To</span>
          <select
            value={toValue}
            onChange={(event) => chooseTo(Number(event.target.value))}
            disabled={route.targets.length <= 1 && everyLive.length === 0}
            title={toLabel || undefined}
            className="field w-0 min-w-0 flex-1 px-1.5 py-0.5 text-xs sm:w-auto sm:max-w-full sm:flex-none"
          >
            {!route.to && !all && (
              <option value="" disabled>
                {route.targets.length === 0 ? 'No live stream account' : 'Choose a stream account'}
              </option>
            )}
            {route.targets.map((account) => (
              <option key={account.id} value={account.id}>
                {accountLabel(account)}
              </option>
            ))}
            {everyLive.length > 0 && <option value={ALL_LIVE_ACCOUNTS}>All live accounts</option>}
          </select>
        </label>
        {left && (
          <span
            id={counterId}
            className={`ml-auto shrink-0 tabular-nums ${left.left < 0 ? 'font-semibold text-rose-600 dark:text-rose-400' : 'text-zinc-600 dark:text-zinc-400'}`}
          >
            {left.left < 0 ? (
              `${-left.left} over for ${left.network}`
            ) : (
              <>
                {left.left}
                {/* A narrow dock shows "500 left"; the unit is still said. */}
                <span className="max-sm:sr-only">
                  {' '}
                  {left.unit === 'bytes' ? 'bytes' : 'characters'}
                </span>{' '}
                left{networks.length > 1 ? ` (${left.network})` : ''}
              </>
            )}
          </span>
        )}
      </div>
      <div id={hintId} className="min-w-0 text-xs text-zinc-600 empty:hidden dark:text-zinc-400">
        {error ? (
          <span role="alert" className="text-rose-600 dark:text-rose-400">
            {error}
          </span>
        ) : !all && route.writer === 'pending' && connected ? (
          <span role="status">Asking multistreamer for a writer for {route.from?.name}…</span>
        ) : !all && route.writer === 'failed' ? (
          <span role="alert" className="text-rose-600 dark:text-rose-400">
            {writerError(route, writers)}{' '}
            <button type="button" onClick={askWriterAgain} className="font-semibold underline">
              Ask again
            </button>
          </span>
        ) : !connected ? (
          <span>Not connected: what you send now waits and goes out once reconnected.</span>
        ) : all ? (
          <span>
            One line to each of {all.length} live account{all.length === 1 ? '' : 's'}
            {all.some((target) => target.refused)
              ? ` (${all
                  .filter((target) => target.refused)
                  .map((target) => target.refused)
                  .join(', ')})`
              : ''}
            .
          </span>
        ) : intent.kind === 'action' ? (
          <span>Sends an action: “{route.from?.name} …”</span>
        ) : intent.kind === 'irc' ? (
          <span>Goes to the internal IRC chat.</span>
        ) : intent.kind === 'private' ? (
          <span>Private message to {intent.recipient} on the internal IRC.</span>
        ) : null}
      </div>
      {waiting && (
        <Suspense fallback={null}>
          <OutboxList />
        </Suspense>
      )}
    </form>
  );
}

function writerError(route: ComposerRoute, writers: Readonly<Record<string, WriterState>>): string {
  if (!route.from || !route.to) return '';
  const writer = writers[writerKey(route.from.id, route.to.id)];
  return writer?.state === 'failed' ? writer.error : '';
}
