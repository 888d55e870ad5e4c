import { useLingui } from '@lingui/react/macro';
import { BotSettings } from '../bot';
import { EmoteSettings } from '../emotes';
import { SettingsDialog } from '../reading';
import { VoiceSettings } from '../voice';

/** The Settings dialog with the groups of the voice, emote and bot tools (loaded when opened). */
export function SettingsWithTools({ onClose }: { onClose: () => void }) {
  const { t } = useLingui();
  const groups = [
    { title: t`Voice and notice`, content: <VoiceSettings /> },
    { title: t`Emotes`, content: <EmoteSettings /> },
    { title: t`Bot`, content: <BotSettings /> },
  ];
  return <SettingsDialog onClose={onClose} groups={groups} />;
}
