import { useStream } from '../../store/stream-context';
import { PollView } from './poll-view';

/** The dashboard's poll (started with `/poll`), above the composer; dismissed once over. */
export function PollPanel() {
  const poll = useStream((state) => state.poll);
  const dismiss = useStream((state) => state.dismissPoll);
  if (!poll) return null;
  return (
    <div className="border-t border-violet-500/30 bg-violet-500/5 px-3 py-2">
      <PollView poll={poll} />
      {poll.endedAt !== null && (
        <button
          type="button"
          onClick={dismiss}
          className="mt-1 rounded-md px-2 py-0.5 text-xs font-medium text-zinc-600 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-300"
        >
          Dismiss poll
        </button>
      )}
    </div>
  );
}
