/**
 * Voice and notice: read chat aloud, notify when hidden (README: "Voice and notice"). What the
 * first paint needs; the Settings group is `./settings` (it loads with the dialog: a barrel
 * holding both would put the group in the first chunk).
 */
export { VoiceAndNotice, type LineWords } from './voice-and-notice';
