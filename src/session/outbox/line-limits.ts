import { limitOf, measure } from '../../protocol/chat-limits';

/**
 * Why a line is too long for one of these networks ("Too long for YouTube by 23
 * characters"), or null when it fits them all.
 */
export function overLimit(text: string, networks: readonly string[]): string | null {
  for (const network of new Set(networks)) {
    const limit = limitOf(network);
    if (!limit) continue;
    const used = measure(text, limit);
    if (used > limit.max) {
      const by = used - limit.max;
      return `Too long for ${limit.name} by ${by} ${limit.unit === 'bytes' ? (by === 1 ? 'byte' : 'bytes') : by === 1 ? 'character' : 'characters'} (${limit.max} at most).`;
    }
  }
  return null;
}
