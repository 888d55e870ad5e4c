import { plural } from '@lingui/core/macro';
import { useLingui } from '@lingui/react/macro';
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
  const { t } = useLingui();
  return (
    <div
      ref={ref}
      className="chat-paused flex shrink-0 items-center gap-2 border-b border-violet-500/30 bg-violet-500/10 px-3 py-1 text-xs"
    >
      <span
        className="min-w-0 flex-1 truncate text-zinc-700 dark:text-zinc-300"
        title={
          holding
            ? t`The chat holds still while a line has the keyboard focus.`
            : t`The chat holds still while you read back.`
        }
      >
        {holding
          ? hasComposer
            ? t`Paused · Esc: message box`
            : t`Paused on a line`
          : pausedByPointer
            ? t`Paused while the pointer is on chat`
            : t`Paused while you read`}
      </span>
      <button
        type="button"
        onClick={onLive}
        className="shrink-0 rounded-full bg-violet-600 px-3 py-0.5 font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500"
      >
        {unseen > 0
          ? pausedByPointer
            ? plural(unseen, { one: 'Paused: # new message', other: 'Paused: # new messages' })
            : plural(unseen, { one: '# new message', other: '# new messages' })
          : pausedByPointer
            ? t`Paused: no new messages`
            : t`Back to live`}
      </button>
    </div>
  );
}
