/**
 * Twitch's third-party emotes: 7TV, BetterTTV and FrankerFaceZ (docs/user-guide.md: "Emotes").
 * What the first paint needs; the Settings group loads with the dialog.
 */
import { lazy } from 'react';

export {
  useThirdPartyEmotes,
  type DecorateFor,
  type LineDecorator,
} from './use-third-party-emotes';

/** Settings → Emotes: the group the Settings dialog shows (loaded with it). */
export const EmoteSettings = lazy(() =>
  import('./emote-settings').then((module) => ({ default: module.EmoteSettings })),
);
