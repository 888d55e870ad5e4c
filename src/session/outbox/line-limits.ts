import type { MessageDescriptor } from '@lingui/core';
import { msg, plural } from '@lingui/core/macro';
import { limitOf, measure } from '../../protocol/chat-limits';

/**
 * Why a line is too long for one of these networks ("Too long for YouTube by 23
 * characters"), or null when it fits them all.
 */
export function overLimit(text: string, networks: readonly string[]): MessageDescriptor | null {
  for (const network of new Set(networks)) {
    const limit = limitOf(network);
    if (!limit) continue;
    const used = measure(text, limit);
    if (used > limit.max) {
      const by = used - limit.max;
      const { name, max } = limit;
      return limit.unit === 'bytes'
        ? msg`Too long for ${name} by ${plural(by, { one: '# byte', other: '# bytes' })} (${max} at most).`
        : msg`Too long for ${name} by ${plural(by, { one: '# character', other: '# characters' })} (${max} at most).`;
    }
  }
  return null;
}
