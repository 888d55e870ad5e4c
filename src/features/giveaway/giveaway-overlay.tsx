import { useEffect, useState } from 'react';
import { Plural, Trans, useLingui } from '@lingui/react/macro';
import { giveawayChannel, type ShownGiveaway } from './giveaway-channel';

/**
 * The `?giveaway` page: the dashboard's giveaway over the stream (an OBS browser source): the
 * keyword and entries while open, then "Winner: NAME". It asks the dashboards when it opens.
 */
export function GiveawayOverlay() {
  const [giveaway, setGiveaway] = useState<ShownGiveaway | null>(null);
  const { t } = useLingui();
  useEffect(() => {
    const channel = giveawayChannel();
    if (!channel) return;
    const stop = channel.listen((message) => {
      if (message.type === 'giveaway') setGiveaway(message.giveaway);
    });
    channel.post({ type: 'ask' });
    return () => {
      stop();
      channel.close();
    };
  }, []);
  const winnerName = giveaway?.winner?.name;
  const winnerNetwork = giveaway?.winner?.network;
  const keyword = giveaway?.keyword;
  return (
    <div className="flex h-dvh items-end p-[3vw]">
      {giveaway && (
        <section
          aria-label={t`Giveaway`}
          className="featured-in w-[min(90vw,48rem)] rounded-[1.4vw] bg-zinc-950/85 p-[1.8vw] text-[2.4vw] text-white shadow-2xl ring-1 ring-white/10"
        >
          {giveaway.winner ? (
            <p className="font-bold">
              <Trans>
                Winner: {winnerName}{' '}
                <span className="font-normal opacity-80">({winnerNetwork})</span>
              </Trans>
            </p>
          ) : (
            <p>
              {giveaway.closed ? (
                <Trans>
                  Type <strong>{keyword}</strong> in chat to enter (closed)
                </Trans>
              ) : (
                <Trans>
                  Type <strong>{keyword}</strong> in chat to enter
                </Trans>
              )}
            </p>
          )}
          <p className="text-[0.7em] opacity-80">
            <Plural value={giveaway.count} one="# entry" other="# entries" />
          </p>
        </section>
      )}
    </div>
  );
}
