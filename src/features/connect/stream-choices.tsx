import { Trans, useLingui } from '@lingui/react/macro';
import type { RefObject } from 'react';
import type { StreamSummary } from '../../protocol/api';

/** Signed in: the account's streams, each a button that opens it (live ones marked). */
function StreamName({ name }: { name: string }) {
  return <Trans>Open {name}</Trans>;
}

export function StreamChoices({
  streams,
  labelId,
  listRef,
  onOpen,
}: {
  streams: readonly StreamSummary[];
  labelId: string;
  listRef: RefObject<HTMLUListElement | null>;
  onOpen: (streamId: number) => void;
}) {
  const { t } = useLingui();
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm font-medium" id={labelId}>
        {streams.length === 0
          ? t`Signed in. This account has no streams yet: create one in multistreamer.`
          : t`Signed in. Open one of your streams:`}
      </p>
      <ul ref={listRef} aria-labelledby={labelId} className="flex flex-col gap-1.5">
        {streams.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              onClick={() => onOpen(choice.id)}
              className="flex w-full items-center gap-2 rounded-lg border border-zinc-300 px-3 py-2 text-start text-sm hover:border-violet-500 hover:bg-violet-500/5 focus-visible:outline-2 focus-visible:outline-violet-500 dark:border-zinc-700"
            >
              <span className="flex-1 font-medium">
                <StreamName name={choice.name} />
              </span>
              {choice.live && (
                <span className="rounded bg-rose-600 px-1.5 py-0.5 text-[0.7rem] font-bold text-white uppercase">
                  <Trans>Live</Trans>
                </span>
              )}
              <span className="text-xs text-zinc-500">#{choice.id}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
