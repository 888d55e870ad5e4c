/** Settings → Voice and notice: the group the Settings dialog shows (loaded with it). */
export { VoiceSettings } from './voice-settings';
