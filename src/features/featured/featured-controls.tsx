import { Trans, useLingui } from '@lingui/react/macro';
import { useFeatured, useFeaturedStore } from './featured-context';

const BUTTON =
  'shrink-0 rounded-md px-2 py-0.5 text-xs font-semibold focus-visible:outline-2 focus-visible:outline-violet-500 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * What is on stream in the featured overlay, and what waits: Next, Clear featured, and the
 * queue (Ctrl/Cmd+Feature adds to it). A strip over the chat, shown only while something is
 * featured or queued: a line for what is on, a line of the queue.
 */
export function FeaturedControls() {
  const { t } = useLingui();
  const current = useFeatured((state) => state.current);
  const queue = useFeatured((state) => state.queue);
  const store = useFeaturedStore();
  if (!store || (!current && queue.length === 0)) return null;
  const { next, clear, unqueue } = store.getState();
  const waiting = queue.length;
  const takeOut = (name: string) => t`Take ${name}’s line out of the queue`;
  return (
    <section
      aria-label={t`On stream`}
      className="flex min-w-0 flex-col gap-0.5 border-b border-violet-500/30 bg-violet-500/10 px-3 py-1 text-sm"
    >
      <div className="flex min-w-0 items-center gap-2">
        <span className="shrink-0 rounded bg-violet-600 px-1.5 py-px text-[0.7rem] font-bold tracking-wide text-white uppercase">
          <Trans>On stream</Trans>
        </span>
        <span
          className="min-w-0 flex-1 truncate text-xs"
          title={current ? `${current.line.name}: ${current.line.text}` : undefined}
        >
          {current ? (
            <>
              <strong>{current.line.name}</strong>: {current.line.text}
            </>
          ) : (
            <span className="text-zinc-600 dark:text-zinc-400">
              <Trans>nothing: Next shows the queue</Trans>
            </span>
          )}
        </span>
        <button
          type="button"
          onClick={next}
          disabled={queue.length === 0}
          className={`${BUTTON} bg-violet-600 text-white hover:bg-violet-500`}
        >
          {queue.length > 0 ? t`Next (${waiting})` : t`Next`}
        </button>
        <button
          type="button"
          onClick={clear}
          disabled={!current}
          aria-label={t`Clear featured`}
          title={t`Clear featured: take the line off the overlay`}
          className={`${BUTTON} border border-zinc-400 hover:bg-zinc-500/10 dark:border-zinc-600`}
        >
          <Trans>Clear</Trans>
        </button>
      </div>
      {queue.length > 0 && (
        // One line whatever its length: it scrolls sideways.
        <ol
          aria-label={t`Queued for the overlay`}
          className="flex min-w-0 gap-1.5 overflow-x-auto pb-0.5 text-xs"
        >
          {queue.map((line, index) => (
            <li
              key={line.id}
              className="flex max-w-[14rem] shrink-0 items-center gap-1 rounded-md border border-violet-500/30 bg-white/60 ps-1.5 dark:bg-zinc-900/60"
            >
              <span className="text-zinc-600 tabular-nums dark:text-zinc-400">{index + 1}.</span>
              <span className="min-w-0 truncate" title={`${line.name}: ${line.text}`}>
                <strong>{line.name}</strong>: {line.text}
              </span>
              <button
                type="button"
                onClick={() => unqueue(line.id)}
                aria-label={takeOut(line.name)}
                className="rounded px-1.5 text-zinc-600 hover:bg-zinc-500/15 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-300"
              >
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
