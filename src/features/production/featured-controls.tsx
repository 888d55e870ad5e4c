import { featuredStore, useFeatured } from '../../store/featured-store';

const BUTTON =
  'shrink-0 rounded-md px-2.5 py-1 text-xs font-semibold focus-visible:outline-2 focus-visible:outline-violet-500 disabled:cursor-not-allowed disabled:opacity-50';

/**
 * What is on stream in the featured overlay, and what waits: Next, Clear featured, and the
 * queue (Ctrl/Cmd+Feature adds to it). Shown only while something is featured or queued.
 */
export function FeaturedControls() {
  const current = useFeatured((state) => state.current);
  const queue = useFeatured((state) => state.queue);
  if (!current && queue.length === 0) return null;
  const { next, clear, unqueue } = featuredStore().getState();
  return (
    <section
      aria-label="On stream"
      className="flex flex-col gap-1 border-t border-violet-500/30 bg-violet-500/10 px-3 py-1.5 text-sm"
    >
      <div className="flex min-w-0 items-center gap-2">
        <span className="shrink-0 rounded bg-violet-600 px-1.5 py-px text-[0.7rem] font-bold tracking-wide text-white uppercase">
          On stream
        </span>
        <span className="min-w-0 flex-1 truncate">
          {current ? (
            <>
              <strong>{current.line.name}</strong>: {current.line.text}
            </>
          ) : (
            <span className="text-zinc-500 dark:text-zinc-400">nothing: Next shows the queue</span>
          )}
        </span>
        <button
          type="button"
          onClick={next}
          disabled={queue.length === 0}
          className={`${BUTTON} bg-violet-600 text-white hover:bg-violet-500`}
        >
          Next{queue.length > 0 ? ` (${queue.length})` : ''}
        </button>
        <button
          type="button"
          onClick={clear}
          disabled={!current}
          className={`${BUTTON} border border-zinc-300 hover:bg-zinc-500/10 dark:border-zinc-600`}
        >
          Clear featured
        </button>
      </div>
      {queue.length > 0 && (
        <ol aria-label="Queued for the overlay" className="flex flex-col gap-0.5 pl-1 text-xs">
          {queue.map((line, index) => (
            <li key={line.id} className="flex min-w-0 items-center gap-2">
              <span className="text-zinc-500 tabular-nums dark:text-zinc-400">{index + 1}.</span>
              <span className="min-w-0 flex-1 truncate">
                <strong>{line.name}</strong>: {line.text}
              </span>
              <button
                type="button"
                onClick={() => unqueue(line.id)}
                aria-label={`Take ${line.name}’s line out of the queue`}
                className="rounded px-1.5 text-zinc-500 hover:bg-zinc-500/15 focus-visible:outline-2 focus-visible:outline-violet-500"
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
