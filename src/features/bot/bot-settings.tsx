import { useLingui } from '@lingui/react/macro';
import { LinesField } from '../reading';

/** Settings' bot group: auto-replies and timed messages. */
export function BotSettings() {
  const { t } = useLingui();
  return (
    <div className="flex flex-col gap-3">
      <LinesField
        name="autoReplies"
        label={t`Auto-replies`}
        placeholder={t`!discord Join us at https://discord.gg/…
!schedule Mon, Wed, Fri at 8 pm`}
        hint={t`One per line: !command answer. A line that is just the command gets the answer on its own network, at most once every 30 s.`}
      />
      <LinesField
        name="timedMessages"
        label={t`Timed messages`}
        placeholder={t`15 Follow on YouTube too!`}
        hint={t`One per line: MINUTES message. Sent to every live account every MINUTES while a dashboard is open and chat is not silent (5 lines since the last time).`}
      />
    </div>
  );
}
