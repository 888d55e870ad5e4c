/** Twitch's third-party emotes: 7TV, BetterTTV and FrankerFaceZ (README: "Emotes"). */
export {
  useThirdPartyEmotes,
  type DecorateFor,
  type LineDecorator,
} from './use-third-party-emotes';
export { EmoteSettings } from './emote-settings';
