import { parseLineFilter, type LineFilter, regexEngine } from '../reading';

const FILTERS_KEPT = 50;
const filters = new Map<string, LineFilter>();

/**
 * A deck column's filter: the same function for the same query, so columns with one filter
 * share one reading of their stream (see features/chat/shared-reading).
 */
export function sharedLineFilter(query: string): LineFilter {
  // A `/regex/` filter made before the pattern engine came in is made again once it is in.
  const key = `${regexEngine() ? 'engine' : 'plain'}:${query}`;
  let filter = filters.get(key);
  if (!filter) {
    if (filters.size >= FILTERS_KEPT) filters.delete(filters.keys().next().value!);
    filter = parseLineFilter(query);
    filters.set(key, filter);
  }
  return filter;
}
