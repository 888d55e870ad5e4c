/** Settings → Emotes: the group the Settings dialog shows (loaded with it). */
export { EmoteSettings } from './emote-settings';
