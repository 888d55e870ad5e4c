import { useLingui } from '@lingui/react/macro';
import { useStream } from '../../store/stream-context';
import { useReadingSettings } from '../reading';
import { minutesLeft } from '../../session/learning-clock';

/**
 * "Learning who chats here: 45 min left": until this device has followed the stream's chat
 * for the "Learn chatters for" setting, nobody is marked a first-time chatter, and this says
 * why. Nothing once learned, before the device's count is known, or with the marks off.
 */
export function LearningNote() {
  const { t, i18n } = useLingui();
  const followedMs = useStream((state) => state.followedMs);
  const learnMinutes = useReadingSettings((state) => state.settings.learnMinutes);
  const marking = useReadingSettings((state) => state.settings.highlightFirst);
  if (followedMs === null || !marking) return null;
  const left = minutesLeft(followedMs, learnMinutes);
  if (left === 0) return null;
  const minutes = i18n.number(left);
  return (
    <p
      className="chat-learning me-auto min-w-0 truncate text-zinc-600 dark:text-zinc-400"
      title={t`First-time chatters are marked once this device has followed this stream's chat that long (Settings: Learn chatters for).`}
    >
      {t`Learning who chats here: ${minutes} min left`}
    </p>
  );
}

/** Whether the note shows (the strip above the log holds it). */
export function useLearning(): boolean {
  const followedMs = useStream((state) => state.followedMs);
  const learnMinutes = useReadingSettings((state) => state.settings.learnMinutes);
  const marking = useReadingSettings((state) => state.settings.highlightFirst);
  return followedMs !== null && marking && minutesLeft(followedMs, learnMinutes) > 0;
}
