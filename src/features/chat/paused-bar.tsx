import type { Ref } from 'react';

/**
 * Paused: said in a bar of its own above the log, never over a line: why it holds still (the
 * keyboard's focus on a line, the pointer, reading back) and how many lines came meanwhile.
 * The log scrolls by the bar's height as it appears (ChatLog), so no line moves on the screen:
 * the line under the pointer, or with the focus, stays where it was.
 */
export function PausedBar({
  ref,
  holding,
  hasComposer,
  pausedByPointer,
  unseen,
  onLive,
}: {
  ref?: Ref<HTMLDivElement>;
  holding: boolean;
  hasComposer: boolean;
  pausedByPointer: boolean;
  unseen: number;
  onLive: () => void;
}) {
  return (
    <div
      ref={ref}
      className="chat-paused flex shrink-0 items-center gap-2 border-b border-violet-500/30 bg-violet-500/10 px-3 py-1 text-xs"
    >
      <span
        className="min-w-0 flex-1 truncate text-zinc-700 dark:text-zinc-300"
        title={
          holding
            ? 'The chat holds still while a line has the keyboard focus.'
            : 'The chat holds still while you read back.'
        }
      >
        {holding
          ? `Paused${hasComposer ? ' · Esc: message box' : ' on a line'}`
          : pausedByPointer
            ? 'Paused while the pointer is on chat'
            : 'Paused while you read'}
      </span>
      <button
        type="button"
        onClick={onLive}
        className="shrink-0 rounded-full bg-violet-600 px-3 py-0.5 font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
      >
        {pausedByPointer && 'Paused: '}
        {unseen > 0
          ? `${unseen.toLocaleString()} new message${unseen === 1 ? '' : 's'}`
          : pausedByPointer
            ? 'no new messages'
            : 'Back to live'}
      </button>
    </div>
  );
}
