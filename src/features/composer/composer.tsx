import { useEffect, useId, useMemo, useRef, type FormEvent } from 'react';
import { readIntent } from '../../protocol/commands';
import type { Account } from '../../protocol/events';
import { useStreamActions } from '../../session/stream-provider';
import { useStream } from '../../store/stream-context';
import { composerRoute, writerKey, type ComposerRoute } from '../../store/selectors';
import type { WriterState } from '../../store/slices/composer';
import { OutboxList } from './outbox-list';

function accountLabel(account: Account): string {
  return account.id === 0
    ? `IRC · ${account.name}`
    : `${account.network.displayName} · ${account.name}`;
}

/** Answer from any writable account: From, To, Message, Send. Enter sends. */
export function Composer() {
  const accounts = useStream((state) => state.accounts);
  const fromId = useStream((state) => state.fromId);
  const toId = useStream((state) => state.toId);
  const writers = useStream((state) => state.writers);
  const draft = useStream((state) => state.draft);
  const error = useStream((state) => state.composerError);
  const connected = useStream((state) => state.connection.phase === 'connected');
  const reply = useStream((state) => state.reply);
  const focusMessage = useStream((state) => state.focusMessage);
  const cancelReply = useStream((state) => state.setReply);
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
  const hintId = useId();

  const waitingForWriter = connected && route.writer !== 'not-needed' && route.writer !== 'ready';
  const canType = Boolean(route.from && route.to) && !waitingForWriter;
  const intent = readIntent(draft);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submitDraft();
  };

  return (
    <form
      aria-label="Send a message"
      onSubmit={onSubmit}
      className="flex flex-col gap-2 border-t border-zinc-200 bg-white/80 p-3 dark:border-zinc-800 dark:bg-zinc-900/80"
    >
      <OutboxList />
      {reply && (
        <div className="reply-bar flex min-w-0 items-center gap-2 rounded-lg border border-violet-500/30 bg-violet-500/10 px-2.5 py-1 text-xs">
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
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="flex min-w-0 items-center gap-1.5">
          <span className="text-zinc-500 dark:text-zinc-400">From</span>
          <select
            value={route.from?.id ?? ''}
            onChange={(event) => chooseFrom(Number(event.target.value))}
            disabled={writable.length === 0}
            className="field max-w-52 truncate py-1"
          >
            {writable.length === 0 && <option value="">No account can write</option>}
            {writable.map((account) => (
              <option key={account.id} value={account.id}>
                {accountLabel(account)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-w-0 items-center gap-1.5">
          <span className="text-zinc-500 dark:text-zinc-400">To</span>
          <select
            value={route.to?.id ?? ''}
            onChange={(event) => chooseTo(Number(event.target.value))}
            disabled={route.targets.length <= 1}
            className="field max-w-52 truncate py-1"
          >
            {!route.to && (
              <option value="" disabled>
                {route.targets.length === 0 ? 'No live stream account' : 'Choose a stream account'}
              </option>
            )}
            {route.targets.map((account) => (
              <option key={account.id} value={account.id}>
                {accountLabel(account)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="flex items-center gap-2">
        <input
          ref={messageRef}
          type="text"
          aria-label="Message"
          aria-describedby={hintId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && reply) {
              event.preventDefault();
              cancelReply(null);
            }
          }}
          disabled={!canType}
          maxLength={500}
          autoComplete="off"
          placeholder={
            canType ? `Message as ${route.from?.name ?? ''}… (/me, /irc, /msg USER)` : undefined
          }
          className="field min-w-0 flex-1 py-2"
        />
        <button
          type="submit"
          disabled={!canType || draft.trim().length === 0}
          className="rounded-lg bg-violet-600 px-4 py-2 text-sm font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:cursor-not-allowed disabled:opacity-50"
        >
          Send
        </button>
      </div>
      <div id={hintId} className="min-h-5 text-xs text-zinc-500 dark:text-zinc-400">
        {error ? (
          <span role="alert" className="text-rose-600 dark:text-rose-400">
            {error}
          </span>
        ) : route.writer === 'pending' && connected ? (
          <span role="status">Asking multistreamer for a writer for {route.from?.name}…</span>
        ) : route.writer === 'failed' ? (
          <span role="alert" className="text-rose-600 dark:text-rose-400">
            {writerError(route, writers)}{' '}
            <button type="button" onClick={askWriterAgain} className="font-semibold underline">
              Ask again
            </button>
          </span>
        ) : !connected ? (
          <span>Not connected: what you send now waits and goes out once reconnected.</span>
        ) : intent.kind === 'action' ? (
          <span>Sends an action: “{route.from?.name} …”</span>
        ) : intent.kind === 'irc' ? (
          <span>Goes to the internal IRC chat.</span>
        ) : intent.kind === 'private' ? (
          <span>Private message to {intent.recipient} on the internal IRC.</span>
        ) : null}
      </div>
    </form>
  );
}

function writerError(route: ComposerRoute, writers: Readonly<Record<string, WriterState>>): string {
  if (!route.from || !route.to) return '';
  const writer = writers[writerKey(route.from.id, route.to.id)];
  return writer?.state === 'failed' ? writer.error : '';
}
