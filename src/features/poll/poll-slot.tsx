import { Suspense, lazy, useEffect } from 'react';
import { pollChannel, pollForOverlay } from './poll-channel';
import { useStore } from 'zustand';
import { useCurrentSession } from '../../session/stream-provider';

// A poll is started now and then: its panel loads with the first one.
const PollPanel = lazy(() =>
  import('./poll-panel').then((module) => ({ default: module.PollPanel })),
);

/**
 * Where the dashboard shows its poll, once there is one; and what tells every `?poll` overlay
 * of this origin about it as it changes (and an overlay that opens later and asks).
 */
export function PollSlot({
  broadcast = true,
}: {
  /** Tell `?poll` overlays (a deck's columns do not: one overlay, several streams). */
  broadcast?: boolean;
} = {}) {
  const polls = useCurrentSession().polls;
  const poll = useStore(polls, (state) => state.poll);
  useEffect(() => {
    if (!broadcast) return;
    const channel = pollChannel();
    if (!channel) return;
    channel.post(pollForOverlay(poll));
    const stop = channel.listen((message) => {
      if (message.type === 'ask') channel.post(pollForOverlay(poll));
    });
    return () => {
      stop();
      channel.close();
    };
  }, [poll, broadcast]);
  if (!poll) return null;
  return (
    <Suspense fallback={null}>
      <PollPanel polls={polls} />
    </Suspense>
  );
}
