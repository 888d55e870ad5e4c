import { Trans } from '@lingui/react/macro';
import { useStore } from 'zustand';
import type { PollStore } from './poll-store';
import { PollView } from './poll-view';

/** The dashboard's poll (started with `/poll`), a strip over the chat; dismissed once over. */
export function PollPanel({ polls }: { polls: PollStore }) {
  const poll = useStore(polls, (state) => state.poll);
  const dismiss = useStore(polls, (state) => state.dismissPoll);
  if (!poll) return null;
  return (
    <div className="border-b border-violet-500/30 bg-violet-500/5 px-3 py-1">
      <PollView poll={poll} compact>
        {poll.endedAt !== null && (
          <button
            type="button"
            onClick={dismiss}
            className="shrink-0 rounded-md px-1.5 py-px font-medium text-zinc-600 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-300"
          >
            <Trans>Dismiss poll</Trans>
          </button>
        )}
      </PollView>
    </div>
  );
}
