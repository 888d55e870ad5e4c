import { parseLineFilter, type LineFilter } from '../store/line-filter';

const FILTERS_KEPT = 50;
const filters = new Map<string, LineFilter>();

/**
 * A deck column's filter: the same function for the same query, so columns with one filter
 * share one reading of their stream (see features/chat/shared-reading).
 */
export function sharedLineFilter(query: string): LineFilter {
  let filter = filters.get(query);
  if (!filter) {
    if (filters.size >= FILTERS_KEPT) filters.delete(filters.keys().next().value!);
    filter = parseLineFilter(query);
    filters.set(query, filter);
  }
  return filter;
}
