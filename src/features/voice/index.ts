/**
 * Voice and notice: read chat aloud, notify when hidden (docs/user-guide.md: "Voice and
 * notice"). What the first paint needs; the Settings group loads with the dialog.
 */
import { lazy } from 'react';

export { VoiceAndNotice, type LineWords } from './voice-and-notice';

/** Settings → Voice and notice: the group the Settings dialog shows (loaded with it). */
export const VoiceSettings = lazy(() =>
  import('./voice-settings').then((module) => ({ default: module.VoiceSettings })),
);
