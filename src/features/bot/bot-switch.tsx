import { useStore } from 'zustand';
import { Trans, useLingui } from '@lingui/react/macro';
import { useCurrentSession } from '../../session/stream-provider';
import type { BotStore } from './bot-part';

/**
 * The header's "Bot on" marker, a switch that pauses the bot; shown once Settings hold
 * auto-replies or timed messages. Another page of the stream may run it instead ("Bot in
 * another tab").
 */
function BotMarker({ bot }: { bot: BotStore }) {
  const { paused, here, hasRules, setPaused } = useStore(bot);
  const { t } = useLingui();
  if (!hasRules) return null;
  if (!here) {
    return (
      <span
        className="hidden shrink-0 text-xs text-zinc-600 sm:inline dark:text-zinc-400"
        title={t`Another page of this stream runs the auto-replies and timed messages.`}
      >
        <Trans>Bot in another tab</Trans>
      </span>
    );
  }
  return (
    <button
      type="button"
      role="switch"
      aria-checked={!paused}
      onClick={() => setPaused(!paused)}
      title={
        paused
          ? t`The bot is paused: no auto-replies or timed messages. Press to turn it on.`
          : t`Auto-replies and timed messages run from this page. Press to pause them.`
      }
      className={`shrink-0 rounded-full px-2 py-0.5 text-xs font-semibold focus-visible:outline-2 focus-visible:outline-violet-500 ${
        paused
          ? 'bg-zinc-500/15 text-zinc-700 dark:text-zinc-300'
          : 'bg-emerald-500/15 text-emerald-800 dark:text-emerald-200'
      }`}
    >
      {paused ? t`Bot paused` : t`Bot on`}
    </button>
  );
}

/** The marker of the stream in context, once the assistant has loaded. */
export function BotSwitch() {
  const part = useStore(useCurrentSession().assistant, (state) => state.parts?.bot);
  return part ? <BotMarker bot={part.bot} /> : null;
}
