import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useMemo } from 'react';
import { networkColor } from '../../components/network/network-style';
import type { Account } from '../../protocol/events';
import { MINUTE_MS, type ChatMinutes, type ViewerPoint } from '../../store/slices/stats';
import {
  VIEWER_GAP_MS,
  accountSegments,
  viewerSummary,
  viewerTotals,
  type TotalPoint,
} from '../../store/viewer-history';

/** Minutes of chat activity drawn, one bar each. */
const SLOTS = 30;
const WIDTH = 240;
const HEIGHT = 56;

function pathOf(
  points: readonly { at: number; value: number }[],
  x: (at: number) => number,
  y: (value: number) => number,
): string {
  return points
    .map(
      (point, index) =>
        `${index === 0 ? 'M' : 'L'}${x(point.at).toFixed(1)} ${y(point.value).toFixed(1)}`,
    )
    .join(' ');
}

/**
 * The audience since the stream went live: the total (thick) and each account (its network's
 * colour), never drawn through a gap as zero; then the peak, and the change over 10 minutes.
 */
export function ViewerChart({
  points,
  liveAccounts,
  since,
  now,
}: {
  points: readonly ViewerPoint[];
  liveAccounts: readonly Account[];
  since: number;
  now: number;
}) {
  const { t, i18n } = useLingui();
  const descriptionId = useId();
  const totals = useMemo(() => viewerTotals(points), [points]);
  const summary = viewerSummary(totals, now);
  if (!summary) {
    return (
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        <Trans>The chart starts with the first counts.</Trans>
      </p>
    );
  }
  const current = i18n.number(summary.current);
  const peak = i18n.number(summary.peak);
  const average = i18n.number(summary.average);
  const start = Math.min(since, totals[0]!.at);
  const span = Math.max(now - start, 60_000);
  const top = Math.max(summary.peak * 1.1, 1);
  const x = (at: number) => ((at - start) / span) * WIDTH;
  const y = (value: number) => HEIGHT - 2 - (value / top) * (HEIGHT - 4);
  // A count holds until the next one: each line runs on to now while it is recent.
  const onToNow = <T extends { at: number; value: number }>(series: T[]): T[] => {
    const last = series.at(-1);
    return last && now - last.at <= VIEWER_GAP_MS ? [...series, { ...last, at: now }] : series;
  };
  const totalPath = pathOf(
    onToNow(totals.map((point: TotalPoint) => ({ at: point.at, value: point.total }))),
    x,
    y,
  );
  const change =
    summary.change10m === null
      ? null
      : `${summary.change10m > 0 ? '+' : summary.change10m < 0 ? '−' : '±'}${i18n.number(Math.abs(summary.change10m))}`;
  return (
    <div className="flex flex-col gap-1">
      <svg
        role="img"
        aria-label={t`Viewers over time`}
        aria-describedby={descriptionId}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="h-10 w-full overflow-visible rounded-md bg-zinc-500/5 lg:h-14"
      >
        {liveAccounts.map((account) =>
          accountSegments(points, account.id).map((segment, index) => (
            <path
              key={`${account.id}-${index}`}
              d={pathOf(
                onToNow(segment.map((point) => ({ at: point.at, value: point.count }))),
                x,
                y,
              )}
              fill="none"
              stroke={networkColor(account.network.name)}
              strokeWidth="1.25"
              strokeOpacity="0.75"
              vectorEffect="non-scaling-stroke"
            />
          )),
        )}
        <path
          d={totalPath}
          fill="none"
          className="stroke-violet-600 dark:stroke-violet-400"
          strokeWidth="2.25"
          vectorEffect="non-scaling-stroke"
        />
      </svg>
      <p id={descriptionId} className="sr-only">
        <Trans>
          Now {current} viewers in total, peak {peak}, average {average} since the stream went live.
        </Trans>
      </p>
      <p className="flex flex-wrap gap-x-3 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
        <span className="font-semibold text-zinc-800 dark:text-zinc-200">
          <Trans>Peak {peak}</Trans>
        </span>
        <span>
          <Trans>average {average}</Trans>
        </span>
        {change !== null && (
          <span>
            <Trans>{change} in 10 min</Trans>
          </span>
        )}
      </p>
    </div>
  );
}

/**
 * Chat activity since the stream went live: lines per minute per network (the last full
 * minute), and how many lines a minute each network's audience writes per viewer.
 */
export function ChatActivity({
  minutes,
  liveAccounts,
  viewerCounts,
  now,
}: {
  minutes: ChatMinutes;
  liveAccounts: readonly Account[];
  viewerCounts: Readonly<Record<number, number>>;
  now: number;
}) {
  const { t, i18n } = useLingui();
  const thisMinute = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  const keys = Object.keys(minutes)
    .map(Number)
    .sort((a, b) => a - b);
  const bars = keys.slice(-SLOTS);
  const offset = SLOTS - bars.length;
  const totals = bars.map((minute) =>
    Object.values(minutes[minute] ?? {}).reduce((sum, count) => sum + count, 0),
  );
  const top = Math.max(1, ...totals);
  const networks = [...new Set(liveAccounts.map((account) => account.network))];
  // Lines in the last 60 s: this minute so far, and the part of the one before still inside.
  const share = 1 - (now - thisMinute) / MINUTE_MS;
  const perMinute = (network: string) =>
    Math.round(
      (minutes[thisMinute]?.[network] ?? 0) +
        (minutes[thisMinute - MINUTE_MS]?.[network] ?? 0) * share,
    );
  const descriptionId = useId();
  if (keys.length === 0) return null;
  return (
    <div className="flex flex-col gap-1">
      <h3 className="text-xs font-semibold text-zinc-500 dark:text-zinc-400">
        <Trans>Chat activity</Trans>
      </h3>
      <svg
        role="img"
        aria-label={t`Chat activity`}
        aria-describedby={descriptionId}
        viewBox={`0 0 ${SLOTS * 4} 24`}
        preserveAspectRatio="none"
        className="h-5 w-full rounded-sm bg-zinc-500/5"
      >
        {totals.map((total, index) => (
          <rect
            key={bars[index]}
            x={(offset + index) * 4 + 0.5}
            width="3"
            y={24 - (total / top) * 24}
            height={(total / top) * 24}
            className="fill-violet-500/60"
          />
        ))}
      </svg>
      <ul id={descriptionId} className="flex flex-col gap-0.5 text-xs tabular-nums">
        {networks
          .filter((network, index, all) => all.findIndex((n) => n.name === network.name) === index)
          .map((network) => {
            const rate = perMinute(network.name);
            const viewers = liveAccounts
              .filter((account) => account.network.name === network.name)
              .reduce((sum, account) => sum + (viewerCounts[account.id] ?? 0), 0);
            const perMin = i18n.number(rate);
            const digits = rate / viewers < 0.1 ? 3 : 2;
            const perViewer = i18n.number(viewers > 0 ? rate / viewers : 0, {
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
            });
            return (
              <li key={network.name} className="flex gap-1.5">
                <span className="font-medium">{network.displayName}</span>
                <span>{t`${perMin}/min`}</span>
                {viewers > 0 && (
                  <span className="text-zinc-500 dark:text-zinc-400">
                    · {t`${perViewer} per viewer`}
                  </span>
                )}
              </li>
            );
          })}
      </ul>
    </div>
  );
}
