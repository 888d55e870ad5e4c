import { BotSettings } from '../bot';
import { EmoteSettings } from '../emotes';
import { SettingsDialog } from '../reading';
import { VoiceSettings } from '../voice';

const GROUPS = [
  { title: 'Voice and notice', content: <VoiceSettings /> },
  { title: 'Emotes', content: <EmoteSettings /> },
  { title: 'Bot', content: <BotSettings /> },
];

/** The Settings dialog with the groups of the voice and emote tools (loaded when opened). */
export function SettingsWithTools({ onClose }: { onClose: () => void }) {
  return <SettingsDialog onClose={onClose} groups={GROUPS} />;
}
