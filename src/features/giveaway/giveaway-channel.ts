import * as v from 'valibot';
import { integerSchema, nameSchema, textSchema } from '../../protocol/limits';
import { hasPrototypeKey } from '../../store/dictionary';
import { pageChannel, type PageChannel } from '../../session/page-channel';
import type { Giveaway } from './giveaway';

/** The giveaway as `?giveaway` overlay pages of the same origin see it (BroadcastChannel). */
export const GIVEAWAY_CHANNEL = 'chatdeck:giveaway';

const shownSchema = v.object({
  keyword: textSchema(30),
  count: integerSchema(0, 10_000_000),
  closed: v.boolean(),
  winner: v.nullable(v.object({ name: nameSchema, network: textSchema(40) })),
});
export type ShownGiveaway = v.InferOutput<typeof shownSchema>;

const messageSchema = v.variant('type', [
  v.object({ type: v.literal('giveaway'), giveaway: v.nullable(shownSchema) }),
  v.object({ type: v.literal('ask') }),
]);
export type GiveawayMessage = v.InferOutput<typeof messageSchema>;

export function readGiveawayMessage(data: unknown): GiveawayMessage | null {
  if (hasPrototypeKey(data)) return null;
  const result = v.safeParse(messageSchema, data);
  return result.success ? result.output : null;
}

export function giveawayChannel(): PageChannel<GiveawayMessage> | null {
  return pageChannel(GIVEAWAY_CHANNEL, readGiveawayMessage);
}

/** What the dashboard tells overlays: the keyword, the count, the winner (network's name). */
export function giveawayForOverlay(
  giveaway: Giveaway | null,
  networkName: (network: string) => string,
): GiveawayMessage {
  if (!giveaway) return { type: 'giveaway', giveaway: null };
  const winner = giveaway.winners.at(-1);
  return {
    type: 'giveaway',
    giveaway: {
      keyword: giveaway.keyword,
      count: giveaway.count,
      closed: giveaway.closed,
      winner: winner ? { name: winner.name, network: networkName(winner.network) } : null,
    },
  };
}
