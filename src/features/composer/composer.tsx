import { Suspense, lazy, useEffect, useId, useMemo, useRef, type FormEvent } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { readIntent } from '../../protocol/commands';
import { useStreamActions } from '../../session/stream-provider';
import { useStream, useStreamStore } from '../../store/stream-context';
import { broadcastPlan, composerRoute } from '../../store/selectors';
import { useReadingSettings } from '../reading';
import { ComposerHint } from './composer-hint';
import { useMessageKeys } from './message-keys';
import { RoutePickers, room } from './route-pickers';
import { SuggestionList } from './suggestion-list';

// Lines wait only while offline or without a writer: their list loads with the first one.
const OutboxList = lazy(() =>
  import('./outbox-list').then((module) => ({ default: module.OutboxList })),
);

/**
 * Answer from any writable account, or every live one at once: From, To, Message, Send.
 * Enter sends, Ctrl+Enter sends and keeps the text; Up and Down recall sent lines; Tab
 * completes a chatter's name; `/` lists the commands and `;` the quick replies.
 */
export function Composer() {
  const { t } = useLingui();
  const accounts = useStream((state) => state.accounts);
  const waiting = useStream((state) => state.outbox.length > 0);
  const paced = useStream((state) => state.pacedWaiting);
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

  const send = (keep: boolean) => submitDraft({ keep });
  const keys = useMessageKeys({
    draft,
    quickReplies,
    sentLines,
    replying: Boolean(reply),
    store,
    messageRef,
    setDraft,
    cancelReply: () => cancelReply(null),
    send,
  });
  const { suggestions, activeIndex } = keys;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    keys.sendLine(false);
  };

  const fromName = route.from?.name ?? '';
  const replyName = reply?.name;
  // The message box comes first after the chat (Tab from the log reaches it at once); From,
  // To and what is left of the limit sit under it, what was sent under those.
  return (
    <form
      aria-label={t`Send a message`}
      onSubmit={onSubmit}
      className="flex flex-col gap-1.5 border-t border-zinc-200 bg-white/80 px-2 py-2 sm:px-3 dark:border-zinc-800 dark:bg-zinc-900/80"
    >
      {reply && (
        <div className="reply-bar flex min-w-0 items-center gap-2 rounded-md border border-violet-500/30 bg-violet-500/10 px-2 py-0.5 text-xs">
          <span className="min-w-0 flex-1 truncate">
            <Trans>
              Replying to <strong>{replyName}</strong>
            </Trans>
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
            <Trans>Cancel reply</Trans>
          </button>
        </div>
      )}
      <div className="relative flex items-center gap-2">
        <input
          ref={messageRef}
          type="text"
          aria-label={t`Message`}
          // Where the focus goes after a dialog whose opener is gone (modal-dialog.tsx).
          data-focus-home=""
          aria-describedby={`${counterId} ${hintId}`}
          aria-controls={suggestions.length > 0 ? listId : undefined}
          aria-activedescendant={suggestions.length > 0 ? `${listId}-${activeIndex}` : undefined}
          value={draft}
          onChange={(event) => keys.type(event.target.value)}
          onKeyDown={keys.onKeyDown}
          disabled={!canType}
          maxLength={2_000}
          autoComplete="off"
          placeholder={
            canType
              ? all
                ? t`Message to every live account… (/ for commands, ; for quick replies)`
                : t`Message as ${fromName}… (/ for commands, ; for quick replies)`
              : undefined
          }
          className="field min-w-0 flex-1 py-1.5 sm:py-2"
        />
        <button
          type="submit"
          disabled={!canType || draft.trim().length === 0}
          className="rounded-lg bg-violet-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:cursor-not-allowed disabled:opacity-50 sm:py-2"
        >
          <Trans>Send</Trans>
        </button>
        {suggestions.length > 0 && (
          <SuggestionList
            id={listId}
            suggestions={suggestions}
            activeIndex={activeIndex}
            quickReplies={draft.startsWith(';')}
            onChoose={keys.choose}
          />
        )}
      </div>
      <RoutePickers
        route={route}
        writable={writable}
        everyLive={everyLive}
        left={left}
        counterId={counterId}
        manyNetworks={networks.length > 1}
        onFrom={chooseFrom}
        onTo={chooseTo}
      />
      <ComposerHint
        id={hintId}
        error={error}
        route={route}
        writers={writers}
        connected={connected}
        intent={intent}
        onAskAgain={askWriterAgain}
      />
      {paced > 0 && (
        <p role="status" className="text-xs text-zinc-600 dark:text-zinc-400">
          <Plural
            value={paced}
            one="# line waits its turn (one line a second to each account)"
            other="# lines wait their turn (one line a second to each account)"
          />
        </p>
      )}
      {waiting && (
        <Suspense fallback={null}>
          <OutboxList />
        </Suspense>
      )}
    </form>
  );
}
