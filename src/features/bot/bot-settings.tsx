import { useLingui } from '@lingui/react/macro';
import { LinesField } from '../../components/ui/lines-field';
import { useReadingSettings, useReadingSettingsStore } from '../reading';

/** Settings' bot group: auto-replies and timed messages. */
export function BotSettings() {
  const { t } = useLingui();
  const kept = useReadingSettings((state) => state.saved);
  const readingSettings = useReadingSettingsStore();
  const change = readingSettings.store.getState().change;
  return (
    <div className="flex flex-col gap-3">
      <LinesField
        label={t`Auto-replies`}
        lines={kept.autoReplies}
        onChange={(autoReplies) => change({ autoReplies })}
        placeholder={t`!discord Join us at https://discord.gg/…
!schedule Mon, Wed, Fri at 8 pm`}
        hint={t`One per line: !command answer. A line that is just the command gets the answer on its own network, at most once every 30 s.`}
      />
      <LinesField
        label={t`Timed messages`}
        lines={kept.timedMessages}
        onChange={(timedMessages) => change({ timedMessages })}
        placeholder={t`15 Follow on YouTube too!`}
        hint={t`One per line: MINUTES message. Sent to every live account every MINUTES while a dashboard is open and chat is not silent (5 lines since the last time).`}
      />
    </div>
  );
}
