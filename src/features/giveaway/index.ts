/**
 * The giveaway across networks: `/giveaway KEYWORD [120s]` or Start giveaway, one entry per
 * person from every network, Draw (crypto.getRandomValues), the `?giveaway` overlay. Loaded on
 * demand: the session imports this folder with `import()`, pages and panels with React.lazy.
 */
export {
  createGiveawayPart,
  type GiveawayPart,
  type GiveawayRecord,
  type GiveawayStore,
} from './giveaway-part';
export { readGiveawayCommand, randomIndex, type Entrant, type Giveaway } from './giveaway';
export { readGiveawayMessage, GIVEAWAY_CHANNEL } from './giveaway-channel';
export { GiveawayPanel, GiveawaySlot } from './giveaway-panel';
export { GiveawayOverlay } from './giveaway-overlay';
