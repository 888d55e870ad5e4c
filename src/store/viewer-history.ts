import type { ViewerPoint } from './slices/stats';

/** A count older than this is no longer a count: the line breaks instead of going on (or to 0). */
export const VIEWER_GAP_MS = 3 * 60_000;

export interface TotalPoint {
  at: number;
  total: number;
}

/**
 * The total audience at each count that arrived: the latest count of every account that has
 * one recent enough. Accounts without a count add nothing (never a zero).
 */
export function viewerTotals(points: readonly ViewerPoint[], gapMs = VIEWER_GAP_MS): TotalPoint[] {
  const latest = new Map<number, ViewerPoint>();
  const totals: TotalPoint[] = [];
  for (const point of points) {
    latest.set(point.accountId, point);
    let total = 0;
    for (const known of latest.values()) if (point.at - known.at <= gapMs) total += known.count;
    const last = totals.at(-1);
    // Counts of one poll arrive together: one total per moment.
    if (last && point.at - last.at < 1_000) last.total = total;
    else totals.push({ at: point.at, total });
  }
  return totals;
}

/** One account's counts, split where they stop for longer than `gapMs`. */
export function accountSegments(
  points: readonly ViewerPoint[],
  accountId: number,
  gapMs = VIEWER_GAP_MS,
): ViewerPoint[][] {
  const segments: ViewerPoint[][] = [];
  let segment: ViewerPoint[] = [];
  for (const point of points) {
    if (point.accountId !== accountId) continue;
    const last = segment.at(-1);
    if (last && point.at - last.at > gapMs) {
      segments.push(segment);
      segment = [];
    }
    segment.push(point);
  }
  if (segment.length > 0) segments.push(segment);
  return segments;
}

export interface ViewerSummary {
  current: number;
  peak: number;
  average: number;
  /** Change over the last 10 minutes; null until there are 10 minutes to compare. */
  change10m: number | null;
}

export function viewerSummary(totals: readonly TotalPoint[], now: number): ViewerSummary | null {
  const last = totals.at(-1);
  if (!last) return null;
  let peak = 0;
  let sum = 0;
  let tenMinutesAgo: TotalPoint | undefined;
  for (const point of totals) {
    peak = Math.max(peak, point.total);
    sum += point.total;
    if (point.at <= now - 10 * 60_000) tenMinutesAgo = point;
  }
  return {
    current: last.total,
    peak,
    average: Math.round(sum / totals.length),
    change10m: tenMinutesAgo ? last.total - tenMinutesAgo.total : null,
  };
}
