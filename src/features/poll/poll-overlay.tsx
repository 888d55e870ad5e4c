import { useEffect, useState } from 'react';
import type { Poll } from './poll';
import { pollChannel } from './poll-channel';
import { PollView } from './poll-view';

/**
 * The `?poll` page: the dashboard's poll over the stream (an OBS browser source), large, on a
 * dark card, transparent around it. It asks the dashboards when it opens, then follows them.
 */
export function PollOverlay() {
  const [poll, setPoll] = useState<Poll | null>(null);
  useEffect(() => {
    const channel = pollChannel();
    if (!channel) return;
    const stop = channel.listen((message) => {
      if (message.type === 'poll') setPoll(message.poll);
    });
    channel.post({ type: 'ask' });
    return () => {
      stop();
      channel.close();
    };
  }, []);
  return (
    <div className="flex h-dvh items-end p-[3vw]">
      {poll && (
        <div className="featured-in w-[min(90vw,48rem)] rounded-[1.4vw] bg-zinc-950/85 p-[1.8vw] text-white shadow-2xl ring-1 ring-white/10 [&_.poll_*]:text-white">
          <PollView poll={poll} large />
        </div>
      )}
    </div>
  );
}
