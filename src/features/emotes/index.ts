/**
 * Twitch's third-party emotes: 7TV, BetterTTV and FrankerFaceZ (README: "Emotes"). What the
 * first paint needs; the Settings group is `./settings` (it loads with the dialog).
 */
export {
  useThirdPartyEmotes,
  type DecorateFor,
  type LineDecorator,
} from './use-third-party-emotes';
