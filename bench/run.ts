/**
 * `npm run bench`: the built app in headless Chromium against the simulator's flood machinery.
 * Every figure is measured inside the page: the page asks the simulator (same origin) for a
 * burst or a flood, then watches the chat log once per animation frame.
 *
 * Options:
 *   --only A,B        just the phases whose id is A or starts with `A:` (`dashboard:flood`)
 *   --runs N          each phase N times (min–max in the table)
 *   --baseline REV    builds REV in a git worktree and measures it beside this checkout, phase
 *                     by phase, in the same sitting
 *   --profile PHASE   that one phase once, with a CPU profile of the page's main thread written
 *                     to bench/results/PHASE.cpuprofile (open it in Chromium's DevTools,
 *                     Performance panel, "Load profile"); a summary of the heaviest functions
 *                     is printed
 *   --list            prints the phase ids
 *   --out FILE        where the JSON goes (bench/results/latest.json); the table goes beside it
 *                     as .md
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { startSimulator, type RunningSimulator } from '../simulator/server';
import { CHROMIUM_ARGS, HOW_TO_INSTALL, findChromium } from '../scripts/find-chromium';
import { buildBaseline, copyLineCostPage } from './baseline';

/** A phase that has not shown its last line after this long is reported as -1 (never). */
const PHASE_TIMEOUT_MS = 30_000;
const MEMORY_FIRST = 2_000;
const MEMORY_MORE = 50_000;
/** Distinct chatters in the bench's crowd lines. */
const CHATTERS = 300;

type Mix = 'plain' | 'rich';
type Mode = 'dashboard' | 'widget';
const MIXES: Mix[] = ['plain', 'rich'];

/** Named figures of one phase run; -1 means "never". */
type Measures = Record<string, number>;

/** What the bench measures against: a build and the simulator serving it. */
interface Target {
  label: string;
  commit: string;
  dist: string;
  /** Where the line-cost page is built from. */
  root: string;
  sim: RunningSimulator;
  lineCostSim?: RunningSimulator;
}

interface Context {
  browser: Browser;
  target: Target;
  /** Runs the measuring part of a phase, under the profiler when asked. */
  measuring<T>(page: Page, measure: () => Promise<T>): Promise<T>;
}

interface Phase {
  id: string;
  /** What it is, in words, for the table. */
  title: string;
  /** Upper bounds per measure (the issue's targets). */
  targets?: Record<string, number>;
  /** Figures a measure must equal (a count that is right or wrong). */
  exact?: Record<string, number>;
  run(context: Context): Promise<Measures>;
}

const MEASURE_NAMES: Record<string, string> = {
  msUntilLast: 'ms until the last line shows',
  longestFrameMs: 'longest frame, ms',
  framesOver100ms: 'frames over 100 ms',
  percentOver33ms: '% of frames over 33 ms',
  frames: 'frames',
  msBehindAtEnd: 'ms behind at the end',
  maxMsBehind: 'most ms behind',
  heapMbAfter2k: `JS heap after ${MEMORY_FIRST} lines, MB`,
  heapMbWhileKeeping: `JS heap right after ${MEMORY_MORE} more (the device still storing them), MB`,
  msUntilKept: 'ms until the device had stored them',
  heapMbAfter52k: `JS heap after ${MEMORY_MORE} more, once stored, MB`,
  heapGrowthMb: 'heap growth, MB',
  domNodes: 'DOM nodes',
  messageRows: 'message rows in the DOM',
  heapMbWith10kEach: 'JS heap with 10,000 lines in each column, MB',
  medianMs: 'ms per key, median',
  worstMs: 'ms per key, worst',
  msUntilWritten: 'ms until the device holds them all',
  msToFirstRestoredPaint: 'reload: ms to the restored lines painted',
  restored: 'lines restored',
  worstHostileMs: 'worst hostile line, ms',
  plainLineMs: 'an ordinary line, ms',
  dashboardMsPerLine: 'dashboard row, ms per line',
  widgetMsPerLine: 'widget row, ms per line',
  dashboardOverWidget: 'dashboard row / widget row',
  dashboardCpuMsPerLine: 'dashboard row, main-thread CPU ms per line',
  widgetCpuMsPerLine: 'widget row, main-thread CPU ms per line',
  dashboardOverWidgetCpu: 'dashboard row / widget row, CPU',
  initialJsGzipBytes: 'initial JS, gzipped bytes',
  initialCssGzipBytes: 'initial CSS, gzipped bytes',
  mainThreadCpuMs: "page's main thread, CPU ms",
  layouts: 'layouts',
  layoutMs: 'layout, ms',
  styleRecalcs: 'style recalculations',
  styleMs: 'style recalculation, ms',
  layoutsPerFrame: 'layouts per frame',
  entrantsBefore: 'entrants before the flood (the simulator’s chatters answering)',
  entrants: 'entrants counted at the end',
  floodEntrants: 'entrants from the flood',
};

/**
 * Reading settings for every page of the bench ("tools on"): 20 highlight words (two of them
 * regexes) and 20 hidden users. The hidden users never chat in the bench, so every numbered
 * line is still shown and the last line can be watched for; their cost is paid all the same.
 */
const BENCH_READING_SETTINGS = {
  version: 1,
  settings: {
    highlightWords: [
      'gg',
      'hype',
      'setup',
      'keyboard',
      'schedule',
      'lisbon',
      'banger',
      'audio',
      'quiet',
      'clean',
      'jump',
      'formatting',
      'world',
      'settings',
      'streaming',
      'track',
      'fast',
      'live',
      '/\\bno way\\b/',
      '/lets go+/',
    ],
    hiddenUsers: Array.from({ length: 20 }, (_, index) => `twitch:silent_${index + 1}`),
  },
};

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

interface BenchWindow {
  benchStream: number;
  benchNewest: () => number;
}

/** A page of one stream (the dashboard with its tools on, or a widget), listed by the simulator. */
async function openStream(
  { browser, target }: Context,
  { mode = 'dashboard', query = '' }: { mode?: Mode; query?: string } = {},
): Promise<Page> {
  const { sim } = target;
  const stream = sim.world.createStream({ live: true });
  const page = await browser.newPage(PAGE_OPTIONS);
  await page.addInitScript((settings) => {
    localStorage.setItem('chatdeck:reading', settings);
  }, JSON.stringify(BENCH_READING_SETTINGS));
  const widget = mode === 'widget' ? '&widget' : '';
  await page.goto(`${sim.url}/?stream=${stream.id}${widget}${query}#token=demo-token`);
  // Connected and listed: lines sent before the simulator lists the page go to nobody.
  const opened = Date.now();
  while (stream.clients.size === 0) {
    if (Date.now() - opened > 15_000) throw new Error(`${mode}: never connected`);
    await page.waitForTimeout(20);
  }
  await page.waitForSelector('[role="log"]', { timeout: 15_000 });
  // tsx keeps function names with a helper the page lacks; give the page a no-op one.
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate((id) => {
    const bench = window as unknown as BenchWindow;
    bench.benchStream = id;
    // The number of the newest line in view ("... #123"), or 0.
    bench.benchNewest = () => {
      let newest = 0;
      // The message's text only: a dashboard row also holds its Reply and Feature buttons.
      for (const row of document.querySelectorAll('[role="log"] article .chat-text')) {
        const match = /#(\d+)\s*$/.exec(row.textContent ?? '');
        if (match) newest = Math.max(newest, Number(match[1]));
      }
      return newest;
    };
  }, stream.id);
  return page;
}

function burstPhase(mode: Mode, count: number, mix: Mix): Phase {
  const targets =
    mode === 'dashboard'
      ? count <= 5_000
        ? { msUntilLast: 600, longestFrameMs: 100 }
        : { msUntilLast: 1_500, longestFrameMs: 120 }
      : undefined;
  return {
    id: `${mode}:burst:${count}:${mix}`,
    title: `${mode}, burst of ${count.toLocaleString('en')}, ${mix}`,
    ...(targets && { targets }),
    async run(context) {
      const page = await openStream(context, { mode });
      try {
        return await context.measuring(page, () =>
          page.evaluate(
            async ({ count, mix, chatters, timeoutMs }) => {
              const { benchStream: id, benchNewest: newest } = window as unknown as BenchWindow;
              let longest = 0;
              let over100 = 0;
              let last = performance.now();
              const started = performance.now();
              const done = new Promise<number>((resolve) => {
                const frame = (now: number) => {
                  longest = Math.max(longest, now - last);
                  if (now - last > 100) over100 += 1;
                  last = now;
                  if (newest() >= count) resolve(performance.now() - started);
                  else if (now - started > timeoutMs) resolve(-1);
                  else requestAnimationFrame(frame);
                };
                requestAnimationFrame(frame);
              });
              await fetch(`/_sim/streams/${id}/burst`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({ count, content: mix, chatters }),
              });
              const ms = await done;
              return {
                msUntilLast: Math.round(ms),
                longestFrameMs: Math.round(longest),
                framesOver100ms: over100,
              };
            },
            { count, mix, chatters: CHATTERS, timeoutMs: PHASE_TIMEOUT_MS },
          ),
        );
      } finally {
        await page.close();
      }
    },
  };
}

interface FloodPlan {
  mode: Mode;
  rate: number;
  seconds: number;
  mix: Mix | 'demo';
  /** Worst-case lines of the hostile corpus mixed in, this many a second. */
  hostilePerSecond?: number;
  /**
   * 1 to 3 codes of 7TV, BetterTTV and FrankerFaceZ emotes in every line, shown as images in
   * Twitch lines (the simulator's emote mirror answers, as `emote_api`).
   */
  thirdPartyEmotes?: boolean;
}

/** Waits until the channel's third-party emotes show (the flood then measures their cost). */
async function thirdPartyEmotesShown(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const { benchStream: id } = window as unknown as BenchWindow;
    const frame = {
      type: 'text',
      network: 'twitch',
      account_id: 14,
      from: { id: '1', name: 'warm_up' },
      text: 'KEKW catJAM LULW',
      markdown: 'KEKW catJAM LULW',
    };
    await fetch(`/_sim/streams/${id}/chat`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ frames: [frame] }),
    });
  });
  await page.locator('[role="log"] img.tp-emote').first().waitFor({ timeout: 15_000 });
}

function floodTargets({ mode, rate }: FloodPlan): Record<string, number> | undefined {
  if (mode === 'widget') return rate >= 10_000 ? { percentOver33ms: 5, msBehindAtEnd: 1_000 } : {};
  if (rate <= 500) return { percentOver33ms: 2 };
  if (rate <= 2_000) return { percentOver33ms: 3, msBehindAtEnd: 300 };
  return undefined;
}

function floodPhase(plan: FloodPlan): Phase {
  const { mode, rate, seconds, mix, hostilePerSecond, thirdPartyEmotes = false } = plan;
  const hostile = hostilePerSecond ? `+${hostilePerSecond}-hostile` : '';
  const emotes = thirdPartyEmotes ? '+tp-emotes' : '';
  const targets = floodTargets(plan);
  return {
    id: `${mode}:flood:${rate}${hostile}${emotes}:${mix}`,
    title: `${mode}, ${rate.toLocaleString('en')}/s${hostilePerSecond ? ` + ${hostilePerSecond} hostile/s` : ''} for ${seconds} s, ${mix}${thirdPartyEmotes ? ', 7TV/BTTV/FFZ emotes in every line' : ''}`,
    ...(targets && Object.keys(targets).length > 0 && { targets }),
    async run(context) {
      const emoteApi = `&emote_api=${encodeURIComponent(context.target.sim.url)}`;
      const page = await openStream(context, { mode, query: thirdPartyEmotes ? emoteApi : '' });
      if (thirdPartyEmotes) await thirdPartyEmotesShown(page);
      const hostileFrames = hostilePerSecond ? hostileCorpus(context.target.sim.url) : [];
      try {
        return await context.measuring(page, () =>
          page.evaluate(
            async ({
              rate,
              seconds,
              mix,
              chatters,
              hostileFrames,
              hostileRate,
              thirdPartyEmotes,
              timeoutMs,
            }) => {
              const { benchStream: id, benchNewest: newest } = window as unknown as BenchWindow;
              const total = rate * seconds;
              const frames: number[] = [];
              let maxBehind = 0;
              let last = 0;
              let started = 0;
              const done = new Promise<number>((resolve) => {
                const frame = (now: number) => {
                  if (last) frames.push(now - last);
                  last = now;
                  const shown = newest();
                  const elapsed = performance.now() - started;
                  const behind = Math.min(elapsed, seconds * 1000) - (shown / rate) * 1000;
                  maxBehind = Math.max(maxBehind, behind);
                  if (shown >= total) resolve(Math.max(0, elapsed - seconds * 1000));
                  else if (elapsed > seconds * 1000 + timeoutMs) resolve(-1);
                  else requestAnimationFrame(frame);
                };
                requestAnimationFrame(frame);
              });
              started = performance.now();
              await fetch(`/_sim/streams/${id}/flood`, {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body: JSON.stringify({
                  rate,
                  seconds,
                  content: mix,
                  chatters,
                  thirdPartyEmotes,
                  ...(hostileRate && { mix: { frames: hostileFrames, rate: hostileRate } }),
                }),
              });
              const behindAtEnd = await done;
              const over = frames.filter((ms) => ms > 33).length;
              return {
                percentOver33ms: Math.round((over / frames.length) * 1000) / 10,
                msBehindAtEnd: Math.round(behindAtEnd),
                maxMsBehind: Math.round(maxBehind),
                longestFrameMs: Math.round(Math.max(...frames)),
                frames: frames.length,
              };
            },
            {
              rate,
              seconds,
              mix,
              chatters: CHATTERS,
              hostileFrames,
              hostileRate: hostilePerSecond ?? 0,
              thirdPartyEmotes,
              timeoutMs: PHASE_TIMEOUT_MS,
            },
          ),
        );
      } finally {
        await page.close();
      }
    },
  };
}

/** Distinct chatters of the giveaway phase: each enters once during the flood. */
const ENTRANTS = 10_000;
const GIVEAWAY_RATE = 500;
const GIVEAWAY_KEYWORD = 'cake';

/** The entries the dashboard's Giveaway panel shows ("10,000 entries"), or -1. */
async function giveawayEntries(page: Page): Promise<number> {
  const text = await page
    .getByRole('region', { name: 'Giveaway' })
    .locator('[aria-live]')
    .first()
    .textContent();
  const match = /^([\d,]+) entr/.exec(text?.trim() ?? '');
  return match ? Number(match[1]!.replaceAll(',', '')) : -1;
}

/**
 * A giveaway on the dashboard while 10,000 distinct chatters type its keyword at 500 lines a
 * second (20 s): started as a streamer would, with `/giveaway` in the composer; the frames,
 * how far the log trails the flood, and the entries the panel counts at the end.
 */
const giveawayPhase: Phase = {
  id: `dashboard:giveaway:${ENTRANTS}`,
  title: `dashboard, giveaway with ${ENTRANTS.toLocaleString('en')} entrants during ${GIVEAWAY_RATE}/s for ${ENTRANTS / GIVEAWAY_RATE} s`,
  targets: { percentOver33ms: 2 },
  exact: { floodEntrants: ENTRANTS },
  async run(context) {
    const page = await openStream(context);
    try {
      const message = page.getByRole('textbox', { name: 'Message' });
      await message.fill(`/giveaway ${GIVEAWAY_KEYWORD}`);
      await message.press('Enter');
      await page
        .getByRole('region', { name: 'Giveaway' })
        .getByText(/^\d+ entr/)
        .waitFor({ timeout: 15_000 });
      // The simulator's own chatters answer the announcement on each network, over a few
      // seconds: the flood starts once the count has held still for 2 s.
      let entrantsBefore = await giveawayEntries(page);
      for (let still = 0, waited = 0; still < 2_000 && waited < 15_000; waited += 250) {
        await page.waitForTimeout(250);
        const now = await giveawayEntries(page);
        still = now === entrantsBefore ? still + 250 : 0;
        entrantsBefore = now;
      }
      const measures = await context.measuring(page, () =>
        page.evaluate(
          async ({ rate, total, keyword, timeoutMs }) => {
            const { benchStream: id } = window as unknown as BenchWindow;
            const seconds = total / rate;
            // Line N of the flood is chatter N's, whose name ends in _N.
            const newest = () => {
              let top = 0;
              for (const name of document.querySelectorAll('[role="log"] article .author-name')) {
                const match = /_(\d+)$/.exec(name.textContent ?? '');
                if (match) top = Math.max(top, Number(match[1]) + 1);
              }
              return top;
            };
            const frames: number[] = [];
            let maxBehind = 0;
            let last = 0;
            let started = 0;
            const done = new Promise<number>((resolve) => {
              const frame = (now: number) => {
                if (last) frames.push(now - last);
                last = now;
                const shown = newest();
                const elapsed = performance.now() - started;
                const behind = Math.min(elapsed, seconds * 1000) - (shown / rate) * 1000;
                maxBehind = Math.max(maxBehind, behind);
                if (shown >= total) resolve(Math.max(0, elapsed - seconds * 1000));
                else if (elapsed > seconds * 1000 + timeoutMs) resolve(-1);
                else requestAnimationFrame(frame);
              };
              requestAnimationFrame(frame);
            });
            started = performance.now();
            await fetch(`/_sim/streams/${id}/flood`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ rate, seconds, chatters: total, keyword }),
            });
            const behindAtEnd = await done;
            const over = frames.filter((ms) => ms > 33).length;
            return {
              percentOver33ms: Math.round((over / frames.length) * 1000) / 10,
              msBehindAtEnd: Math.round(behindAtEnd),
              maxMsBehind: Math.round(maxBehind),
              longestFrameMs: Math.round(Math.max(...frames)),
              frames: frames.length,
            };
          },
          {
            rate: GIVEAWAY_RATE,
            total: ENTRANTS,
            keyword: GIVEAWAY_KEYWORD,
            timeoutMs: PHASE_TIMEOUT_MS,
          },
        ),
      );
      // The panel counts in the same batch as the log shows the line; a moment for its paint.
      let entrants = await giveawayEntries(page);
      for (let waited = 0; entrants < entrantsBefore + ENTRANTS && waited < 5_000; waited += 100) {
        await page.waitForTimeout(100);
        entrants = await giveawayEntries(page);
      }
      return { ...measures, entrantsBefore, entrants, floodEntrants: entrants - entrantsBefore };
    } finally {
      await page.close();
    }
  },
};

interface DeckPlan {
  /** Columns as `deck=` has them, streams by their index among `streams`. */
  columns: Array<{ stream: number; filter?: string }>;
  streams: number;
  rate: number;
  seconds: number;
  mix: Mix;
  /** Then 10,000 lines to each stream, and the heap measured. */
  fill?: boolean;
}

/** Streams side by side in one deck, flooded together. */
function deckPhase(plan: DeckPlan): Phase {
  const { columns, streams, rate, seconds, mix } = plan;
  const filtered = columns.filter((column) => column.filter).length;
  return {
    id: `deck:${columns.length}x${rate}:${mix}`,
    title: `deck, ${columns.length} columns (${streams} streams${filtered ? `, ${filtered} filtered` : ''}), ${rate}/s each stream for ${seconds} s, ${mix}`,
    targets: { percentOver33ms: 3 },
    async run(context) {
      const { browser, target } = context;
      const { sim } = target;
      const created = Array.from({ length: streams }, () => sim.world.createStream({ live: true }));
      const ids = created.map((stream) => stream.id);
      const deck = columns
        .map((column) => `${ids[column.stream]}${column.filter ? `:${column.filter}` : ''}`)
        .join(',');
      const page = await browser.newPage(PAGE_OPTIONS);
      await page.addInitScript((settings) => {
        localStorage.setItem('chatdeck:reading', settings);
      }, JSON.stringify(BENCH_READING_SETTINGS));
      await page.goto(`${sim.url}/?deck=${encodeURIComponent(deck)}#token=demo-token`);
      const opened = Date.now();
      while (created.some((stream) => stream.clients.size === 0)) {
        if (Date.now() - opened > 15_000) throw new Error('deck: never connected');
        await page.waitForTimeout(20);
      }
      await page.evaluate('globalThis.__name = (fn) => fn');
      try {
        const measures: Measures = await context.measuring(page, () =>
          page.evaluate(
            async ({ ids, whole, rate, seconds, mix, chatters, timeoutMs }) => {
              // The newest numbered line shown in each whole (unfiltered) column.
              const newest = () => {
                const sections = [...document.querySelectorAll('section[id^="deck-column-"]')];
                return whole.map((index) => {
                  let top = 0;
                  const column = sections[index];
                  if (!column) return 0;
                  for (const row of column.querySelectorAll('[role="log"] article .chat-text')) {
                    const match = /#(\d+)\s*$/.exec(row.textContent ?? '');
                    if (match) top = Math.max(top, Number(match[1]));
                  }
                  return top;
                });
              };
              const total = rate * seconds;
              const frames: number[] = [];
              let last = 0;
              let started = 0;
              let maxBehind = 0;
              const done = new Promise<number>((resolve) => {
                const frame = (now: number) => {
                  if (last) frames.push(now - last);
                  last = now;
                  const shown = newest();
                  const elapsed = performance.now() - started;
                  for (const value of shown) {
                    const behind = Math.min(elapsed, seconds * 1000) - (value / rate) * 1000;
                    maxBehind = Math.max(maxBehind, behind);
                  }
                  if (shown.every((value) => value >= total)) {
                    resolve(Math.max(0, elapsed - seconds * 1000));
                  } else if (elapsed > seconds * 1000 + timeoutMs) resolve(-1);
                  else requestAnimationFrame(frame);
                };
                requestAnimationFrame(frame);
              });
              started = performance.now();
              await Promise.all(
                ids.map((id) =>
                  fetch(`/_sim/streams/${id}/flood`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ rate, seconds, content: mix, chatters }),
                  }),
                ),
              );
              const behindAtEnd = await done;
              return {
                percentOver33ms:
                  Math.round((frames.filter((ms) => ms > 33).length / frames.length) * 1000) / 10,
                msBehindAtEnd: Math.round(behindAtEnd),
                maxMsBehind: Math.round(maxBehind),
                longestFrameMs: Math.round(Math.max(...frames)),
                frames: frames.length,
              };
            },
            {
              ids,
              whole: columns.flatMap((column, index) => (column.filter ? [] : [index])),
              rate,
              seconds,
              mix,
              chatters: CHATTERS,
              timeoutMs: PHASE_TIMEOUT_MS,
            },
          ),
        );
        if (plan.fill) {
          for (const id of ids) {
            for (let first = 1; first <= 10_000; first += 5_000) {
              await page.evaluate(
                async ({ id, first, mix }) => {
                  await fetch(`/_sim/streams/${id}/burst`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ count: 5_000, first: first + 100_000, content: mix }),
                  });
                },
                { id, first, mix },
              );
            }
          }
          await page.waitForTimeout(3_000);
          measures.heapMbWith10kEach = await heapMb(page);
          measures.messageRows = await page.evaluate(
            () => document.querySelectorAll('[role="log"] article').length,
          );
        }
        return measures;
      } finally {
        await page.close();
      }
    },
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

/** `count` lines in bursts of 5,000 numbered on from `first`, each waited for. */
async function sendAndWait(page: Page, first: number, count: number, mix: Mix): Promise<void> {
  await page.evaluate(
    async ({ first, count, mix, chatters, timeoutMs }) => {
      const { benchStream: id, benchNewest: newest } = window as unknown as BenchWindow;
      const chunk = 5_000;
      for (let sent = 0; sent < count; sent += chunk) {
        const size = Math.min(chunk, count - sent);
        const upTo = first + sent + size - 1;
        await fetch(`/_sim/streams/${id}/burst`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ count: size, first: first + sent, content: mix, chatters }),
        });
        const asked = performance.now();
        await new Promise<void>((resolve) => {
          const check = () =>
            newest() >= upTo || performance.now() - asked > timeoutMs
              ? resolve()
              : requestAnimationFrame(check);
          requestAnimationFrame(check);
        });
      }
    },
    { first, count, mix, chatters: CHATTERS, timeoutMs: PHASE_TIMEOUT_MS },
  );
}

const memoryPhase: Phase = {
  id: 'dashboard:memory:plain',
  title: `dashboard, heap over ${MEMORY_MORE.toLocaleString('en')} lines, plain`,
  targets: { heapGrowthMb: 10 },
  async run(context) {
    const page = await openStream(context);
    try {
      return await context.measuring(page, async () => {
        await sendAndWait(page, 1, MEMORY_FIRST, 'plain');
        const heapMbAfter2k = await heapMb(page);
        await sendAndWait(page, MEMORY_FIRST + 1, MEMORY_MORE, 'plain');
        await page.waitForTimeout(500);
        // Right after the flood the device is still storing it (IndexedDB takes a few thousand
        // lines a second here): those lines wait in memory until written.
        const heapMbWhileKeeping = await heapMb(page);
        const keepingStarted = Date.now();
        let kept = await keptLineCount(page);
        for (;;) {
          await page.waitForTimeout(1_000);
          const now = await keptLineCount(page);
          if (now === kept || Date.now() - keepingStarted > 60_000) break;
          kept = now;
        }
        const msUntilKept = Date.now() - keepingStarted;
        const heapMbAfter52k = await heapMb(page);
        const dom = await page.evaluate(() => ({
          domNodes: document.getElementsByTagName('*').length,
          messageRows: document.querySelectorAll('[role="log"] article').length,
        }));
        return {
          heapMbAfter2k,
          heapMbWhileKeeping,
          msUntilKept,
          heapMbAfter52k,
          heapGrowthMb: Math.round((heapMbAfter52k - heapMbAfter2k) * 10) / 10,
          ...dom,
        };
      });
    } finally {
      await page.close();
    }
  },
};

/** Lines kept for the search and reload phases. */
const KEPT_LINES = 100_000;
const SEARCH_QUERY = 'lisbon #12';

/** Lines this browser context keeps in Chatdeck's device database. */
async function keptLineCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('chatdeck');
        open.onsuccess = () => {
          const count = open.result.transaction('lines').objectStore('lines').count();
          count.onsuccess = () => {
            resolve(count.result);
            open.result.close();
          };
        };
        open.onerror = () => resolve(-1);
      }),
  );
}

const restorePhase: Phase = {
  id: 'dashboard:restore:plain',
  title: `dashboard, ${KEPT_LINES.toLocaleString('en')} lines kept on the device, then a reload`,
  async run(context) {
    const page = await openStream(context, { query: `&history=${KEPT_LINES}` });
    try {
      return await context.measuring(page, async () => {
        await sendAndWait(page, 1, KEPT_LINES, 'plain');
        const shownAt = Date.now();
        while ((await keptLineCount(page)) < KEPT_LINES) {
          if (Date.now() - shownAt > PHASE_TIMEOUT_MS) break;
          await page.waitForTimeout(50);
        }
        const msUntilWritten = Date.now() - shownAt;
        await page.reload();
        await page.waitForFunction(
          () => document.querySelector('[role="log"] article') !== null,
          null,
          { polling: 'raf', timeout: PHASE_TIMEOUT_MS },
        );
        const msToFirstRestoredPaint = await page.evaluate(() => Math.round(performance.now()));
        const restored = Number(await page.getByRole('log').getAttribute('data-messages'));
        return { msUntilWritten, msToFirstRestoredPaint, restored };
      });
    } finally {
      await page.close();
    }
  },
};

const searchPhase: Phase = {
  id: 'dashboard:search:plain',
  title: `dashboard, search over ${KEPT_LINES.toLocaleString('en')} lines, "${SEARCH_QUERY}" key by key`,
  targets: { medianMs: 100, worstMs: 100 },
  async run(context) {
    const page = await openStream(context, { query: `&history=${KEPT_LINES}` });
    try {
      await sendAndWait(page, 1, KEPT_LINES, 'plain');
      await page
        .waitForFunction(
          (count) =>
            Number(document.querySelector('[role="log"]')?.getAttribute('data-messages')) >= count,
          KEPT_LINES,
          { timeout: PHASE_TIMEOUT_MS },
        )
        .catch(() => undefined);
      return await context.measuring(page, async () => {
        await page.keyboard.press('Control+f');
        const box = page.getByRole('searchbox', { name: 'Search chat' });
        await box.waitFor();
        const keystrokeMs: number[] = [];
        for (const key of SEARCH_QUERY) {
          const expected = (await box.inputValue()) + key;
          const timing = page.evaluate(
            ({ expected, timeoutMs }) =>
              new Promise<number>((resolve) => {
                const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
                input.addEventListener(
                  'keydown',
                  () => {
                    const pressed = performance.now();
                    const check = () => {
                      const list = document.querySelector('[aria-label="Search results"]');
                      if (list?.getAttribute('data-query') === expected) {
                        resolve(performance.now() - pressed);
                      } else if (performance.now() - pressed > timeoutMs) resolve(-1);
                      else requestAnimationFrame(check);
                    };
                    requestAnimationFrame(check);
                  },
                  { once: true, capture: true },
                );
              }),
            { expected, timeoutMs: PHASE_TIMEOUT_MS },
          );
          // The listener is in place before the key is pressed.
          await page.waitForTimeout(50);
          await page.keyboard.press(key === ' ' ? 'Space' : key);
          keystrokeMs.push(Math.round(await timing));
        }
        const sorted = [...keystrokeMs].sort((a, b) => a - b);
        return {
          medianMs: sorted[Math.floor(sorted.length / 2)]!,
          worstMs: sorted.some((ms) => ms < 0) ? -1 : sorted.at(-1)!,
        };
      });
    } finally {
      await page.close();
    }
  },
};

/** The hostile corpus as the simulator would send it, from its own origin. */
function hostileCorpus(origin: string): unknown[] {
  const corpus = JSON.parse(readFileSync(resolve('src/testing/hostile-corpus.json'), 'utf8')) as {
    cases: Array<{ frame: unknown }>;
  };
  return corpus.cases.map(
    (entry) => JSON.parse(JSON.stringify(entry.frame).replaceAll('{{origin}}', origin)) as unknown,
  );
}

/** The line-cost page of a target, built once and served by a simulator of its own. */
async function lineCostPage(context: Context): Promise<Page> {
  const { target, browser } = context;
  if (!target.lineCostSim) {
    const outDir = resolve('bench/results/line-cost', target.label);
    if (target.root !== resolve('.')) copyLineCostPage(target.root);
    await build({
      root: target.root,
      configFile: join(target.root, 'vite.config.ts'),
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        // Readable function names in a profile.
        minify: !argument('--profile'),
        rollupOptions: { input: join(target.root, 'bench/line-cost.html') },
      },
    });
    target.lineCostSim = await startSimulator({ scenario: 'idle', serveDir: outDir });
  }
  const page = await browser.newPage(PAGE_OPTIONS);
  await page.addInitScript((settings) => {
    localStorage.setItem('chatdeck:reading', settings);
  }, JSON.stringify(BENCH_READING_SETTINGS));
  await page.goto(`${target.lineCostSim.url}/bench/line-cost.html`);
  await page.waitForFunction(() => 'measureLineCosts' in window);
  await page.evaluate('globalThis.__name = (fn) => fn');
  return page;
}

const hostileLinePhase: Phase = {
  id: 'line:hostile',
  title: 'one line alone, parse + render + layout (hostile corpus)',
  targets: { worstHostileMs: 5 },
  async run(context) {
    const page = await lineCostPage(context);
    try {
      const costs = await context.measuring(page, () =>
        page.evaluate(() =>
          (
            window as unknown as {
              measureLineCosts: () => Array<{ name: string; medianMs: number }>;
            }
          ).measureLineCosts(),
        ),
      );
      const worst = costs.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
      const plain = costs.find((cost) => cost.name === 'HTML entities stay text') ?? costs[0]!;
      console.log(`  worst hostile line: ${worst.name}`);
      return { worstHostileMs: worst.medianMs, plainLineMs: plain.medianMs };
    } finally {
      await page.close();
    }
  },
};

/** Row cost: the same lines, a few at a time, into a dashboard log and a widget log. */
function rowCostPhase(mix: Mix, batch: number): Phase {
  return {
    id: `rows:${mix}:${batch}`,
    title: `a chat row: add, render, recycle (${batch} lines per update), ${mix}`,
    targets: { dashboardOverWidget: 1.5, dashboardOverWidgetCpu: 1.5 },
    async run(context) {
      const page = await lineCostPage(context);
      try {
        return await context.measuring(page, async () => {
          const cdp = await page.context().newCDPSession(page);
          await cdp.send('Performance.enable');
          const cpuSeconds = async () =>
            (await cdp.send('Performance.getMetrics')).metrics.find(
              (metric) => metric.name === 'ThreadTime',
            )?.value ?? NaN;
          const lines = 3_000;
          // Wall time of the updates (ms per line), and the main thread's CPU time over the
          // whole run, frames included (CPU ms per line: what a busy machine does not inflate).
          const cost = async (widget: boolean) => {
            const before = await cpuSeconds();
            const { msPerLine } = await page.evaluate(
              (input) =>
                (
                  window as unknown as {
                    measureRowCost: (options: typeof input) => Promise<{ msPerLine: number }>;
                  }
                ).measureRowCost(input),
              { widget, content: mix, lines, batch },
            );
            const cpu = ((await cpuSeconds()) - before) * 1000;
            return { msPerLine, cpuMsPerLine: cpu / (lines + 200) };
          };
          // Alternated, twice each, the lower kept: the machine is shared.
          const widgetRuns: Array<{ msPerLine: number; cpuMsPerLine: number }> = [];
          const dashboardRuns: typeof widgetRuns = [];
          for (let round = 0; round < 2; round += 1) {
            widgetRuns.push(await cost(true));
            dashboardRuns.push(await cost(false));
          }
          await cdp.detach();
          const low = (runs: typeof widgetRuns, key: 'msPerLine' | 'cpuMsPerLine') =>
            Math.round(Math.min(...runs.map((run) => run[key])) * 1000) / 1000;
          const widgetMsPerLine = low(widgetRuns, 'msPerLine');
          const dashboardMsPerLine = low(dashboardRuns, 'msPerLine');
          const widgetCpuMsPerLine = low(widgetRuns, 'cpuMsPerLine');
          const dashboardCpuMsPerLine = low(dashboardRuns, 'cpuMsPerLine');
          return {
            dashboardMsPerLine,
            widgetMsPerLine,
            dashboardOverWidget: Math.round((dashboardMsPerLine / widgetMsPerLine) * 100) / 100,
            dashboardCpuMsPerLine,
            widgetCpuMsPerLine,
            dashboardOverWidgetCpu:
              Math.round((dashboardCpuMsPerLine / widgetCpuMsPerLine) * 100) / 100,
          };
        });
      } finally {
        await page.close();
      }
    },
  };
}

/**
 * Every measured page: 1280 x 800, and no service worker (it would fetch the whole app in the
 * background while the page is measured, which a build from before it does not).
 */
const PAGE_OPTIONS = { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' } as const;

/**
 * Initial JS and CSS the page loads (what index.html references: the entry script and the
 * chunks it preloads, which the entry imports statically), gzipped.
 */
function bundleSizes(dist: string): Measures {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const gz = (pattern: RegExp) =>
    [...html.matchAll(pattern)]
      .map((match) => gzipSync(readFileSync(join(dist, match[1]!)), { level: 9 }).length)
      .reduce((sum, size) => sum + size, 0);
  return {
    initialJsGzipBytes: gz(
      /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g,
    ),
    initialCssGzipBytes: gz(/<link[^>]+href="\.?\/?([^"]+\.css)"/g),
  };
}

const bundlePhase: Phase = {
  id: 'bundle',
  title: 'first load',
  // Today's (f375504) initial JS: 126,562 bytes gzipped.
  targets: { initialJsGzipBytes: 126_562 },
  run: async ({ target }) => bundleSizes(target.dist),
};

const PHASES: Phase[] = [
  ...MIXES.flatMap((mix) =>
    (['dashboard', 'widget'] as const).flatMap((mode) => [
      burstPhase(mode, 5_000, mix),
      burstPhase(mode, 20_000, mix),
      floodPhase({ mode, rate: 500, seconds: 20, mix }),
      floodPhase({ mode, rate: 2_000, seconds: 20, mix }),
    ]),
  ),
  ...MIXES.map((mix) => floodPhase({ mode: 'widget', rate: 10_000, seconds: 10, mix })),
  floodPhase({ mode: 'dashboard', rate: 500, seconds: 10, mix: 'demo', hostilePerSecond: 20 }),
  ...MIXES.map((mix) =>
    floodPhase({ mode: 'dashboard', rate: 500, seconds: 20, mix, thirdPartyEmotes: true }),
  ),
  giveawayPhase,
  ...MIXES.flatMap((mix) => [
    deckPhase({
      columns: [{ stream: 0 }, { stream: 1 }],
      streams: 2,
      rate: 500,
      seconds: 20,
      mix,
      fill: mix === 'plain',
    }),
    deckPhase({
      columns: [
        { stream: 0 },
        { stream: 1 },
        { stream: 0, filter: 'the' },
        { stream: 1, filter: 'is' },
      ],
      streams: 2,
      rate: 250,
      seconds: 20,
      mix,
    }),
  ]),
  memoryPhase,
  searchPhase,
  restorePhase,
  hostileLinePhase,
  ...MIXES.flatMap((mix) => [rowCostPhase(mix, 3), rowCostPhase(mix, 30)]),
  bundlePhase,
];

function selected(): Phase[] {
  const profile = argument('--profile');
  const only = profile ?? argument('--only');
  if (!only) return PHASES;
  const items = only.split(',').map((item) => item.trim());
  const chosen = PHASES.filter((phase) =>
    items.some((item) => phase.id === item || phase.id.startsWith(`${item}:`)),
  );
  if (chosen.length === 0) throw new Error(`No phase matches ${only}; see --list.`);
  return profile ? chosen.slice(0, 1) : chosen;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/**
 * The heaviest functions of a profile, as lines of text: by self time, then by total time
 * (each function counted once per sample, however deep it recurses).
 */
function profileSummary(profile: CpuProfile, top = 30): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (node: ProfileNode) => {
    const frame = node.callFrame;
    return `${frame.functionName || '(anonymous)'} ${basename(frame.url) || ''}:${frame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const node = byNode.get(id)!;
    const name = nameOf(node);
    self.set(name, (self.get(name) ?? 0) + delta);
    total += delta;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const ancestor = nameOf(byNode.get(at)!);
      if (seen.has(ancestor)) continue;
      seen.add(ancestor);
      inclusive.set(ancestor, (inclusive.get(ancestor) ?? 0) + delta);
    }
  });
  const lines = (entries: Map<string, number>, count: number) =>
    [...entries.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(
        ([name, ms]) =>
          `${ms.toFixed(0).padStart(7)} ms ${((ms / total) * 100).toFixed(1).padStart(5)} %  ${name}`,
      );
  return [
    `self time (of ${total.toFixed(0)} ms sampled):`,
    ...lines(self, top),
    'total time:',
    ...lines(inclusive, top * 2),
  ];
}

function currentCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

interface PhaseRun {
  phase: string;
  target: string;
  run: number;
  measures: Measures;
}

function range(values: number[]): string {
  if (values.length === 0) return '';
  const show = (value: number) => (value < 0 ? 'never' : value.toLocaleString('en'));
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (values.some((value) => value < 0)) return values.map(show).join(', ');
  return min === max ? show(min) : `${show(min)}–${show(max)}`;
}

/** One row per phase and measure: each target's min–max, the target, and whether it held. */
function table(phases: Phase[], targets: Target[], runs: PhaseRun[]): string {
  const header = [
    'phase',
    'measure',
    ...targets.map((target) => `${target.label} (${target.commit.slice(0, 7)})`),
    'target',
    'held',
  ];
  const rows: string[][] = [];
  for (const phase of phases) {
    const measureNames = [
      ...new Set(
        runs.filter((run) => run.phase === phase.id).flatMap((run) => Object.keys(run.measures)),
      ),
    ];
    for (const measure of measureNames) {
      const valuesOf = (target: Target) =>
        runs
          .filter((run) => run.phase === phase.id && run.target === target.label)
          .map((run) => run.measures[measure])
          .filter((value): value is number => typeof value === 'number' && !Number.isNaN(value));
      const bound = phase.targets?.[measure];
      const exact = phase.exact?.[measure];
      const mine = valuesOf(targets.at(-1)!);
      const held =
        (bound === undefined && exact === undefined) || mine.length === 0
          ? ''
          : mine.every((value) =>
                exact === undefined ? value >= 0 && value <= bound! : value === exact,
              )
            ? 'yes'
            : 'no';
      const boundText =
        exact !== undefined
          ? `= ${exact.toLocaleString('en')}`
          : bound === undefined
            ? ''
            : `${measure === 'msUntilLast' || measure === 'msBehindAtEnd' || measure === 'heapGrowthMb' ? '<' : '≤'} ${bound.toLocaleString('en')}`;
      rows.push([
        phase.title,
        MEASURE_NAMES[measure] ?? measure,
        ...targets.map((target) => range(valuesOf(target))),
        boundText,
        held,
      ]);
    }
  }
  const widths = header.map((_, column) =>
    Math.max(...[header, ...rows].map((row) => row[column]!.length)),
  );
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--list')) {
    for (const phase of PHASES) console.log(`${phase.id.padEnd(34)} ${phase.title}`);
    return;
  }
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_INSTALL);
  const phases = selected();
  const profile = argument('--profile');
  const runCount = profile ? 1 : Math.max(1, Number(argument('--runs') ?? 1));
  const baselineRev = argument('--baseline');
  const baseline = baselineRev ? buildBaseline(baselineRev) : null;
  const targets: Target[] = [];
  if (baseline) {
    targets.push({
      label: 'baseline',
      commit: baseline.commit,
      dist: baseline.dist,
      root: baseline.root,
      sim: await startSimulator({ scenario: 'idle', serveDir: baseline.dist }),
    });
  }
  targets.push({
    label: argument('--label') ?? 'this',
    commit: currentCommit(),
    dist: resolve('dist'),
    root: resolve('.'),
    sim: await startSimulator({ scenario: 'idle', serveDir: resolve('dist') }),
  });
  if (profile) {
    // Profiled on an unminified build, so the profile names the app's own functions.
    for (const target of targets) {
      const dist = resolve('bench/results/profile-dist', target.label);
      execFileSync(
        resolve('node_modules/.bin/vite'),
        ['build', '--minify', 'false', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
        { cwd: target.root, stdio: 'inherit' },
      );
      await target.sim.close();
      target.dist = dist;
      target.sim = await startSimulator({ scenario: 'idle', serveDir: dist });
    }
  }
  const browser = await chromium.launch({ ...found, args: CHROMIUM_ARGS });
  const runs: PhaseRun[] = [];
  const out = resolve(argument('--out') ?? 'bench/results/latest.json');
  mkdirSync(dirname(out), { recursive: true });
  try {
    for (let run = 1; run <= runCount; run += 1) {
      for (const phase of phases) {
        // Alternating which goes first, so neither always runs on a warmer machine.
        const order = run % 2 === 1 ? targets : [...targets].reverse();
        for (const target of order) {
          const name = `${phase.id}${targets.length > 1 ? ` [${target.label}]` : ''}`;
          console.log(`run ${run}/${runCount}: ${name}…`);
          const context: Context = {
            browser,
            target,
            async measuring(page, measure) {
              // The page's main thread: CPU time, style recalculations and layouts, read from
              // Chromium around the measure. CPU time tells work from waiting on a busy
              // machine; layouts per frame tell whether anything forces extra ones.
              const metrics = await page.context().newCDPSession(page);
              await metrics.send('Performance.enable');
              const read = async () =>
                Object.fromEntries(
                  (await metrics.send('Performance.getMetrics')).metrics.map((metric) => [
                    metric.name,
                    metric.value,
                  ]),
                ) as Record<string, number>;
              const before = await read();
              const cdp = profile ? await page.context().newCDPSession(page) : null;
              if (cdp) {
                await cdp.send('Profiler.enable');
                await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
                await cdp.send('Profiler.start');
              }
              try {
                return await measure();
              } finally {
                const after = await read().catch(() => null);
                await metrics.detach().catch(() => undefined);
                if (after) {
                  const delta = (name: string) => (after[name] ?? 0) - (before[name] ?? 0);
                  work = {
                    mainThreadCpuMs: Math.round(delta('ThreadTime') * 1000),
                    layouts: delta('LayoutCount'),
                    layoutMs: Math.round(delta('LayoutDuration') * 1000),
                    styleRecalcs: delta('RecalcStyleCount'),
                    styleMs: Math.round(delta('RecalcStyleDuration') * 1000),
                  };
                }
                if (cdp) {
                  const { profile: cpu } = (await cdp.send('Profiler.stop')) as unknown as {
                    profile: CpuProfile;
                  };
                  await cdp.detach();
                  const file = resolve(
                    'bench/results',
                    `${phase.id.replaceAll(':', '-')}${targets.length > 1 ? `-${target.label}` : ''}.cpuprofile`,
                  );
                  writeFileSync(file, JSON.stringify(cpu));
                  console.log(`  CPU profile written to ${file}`);
                  for (const text of profileSummary(cpu)) console.log(`  ${text}`);
                }
              }
            },
          };
          let work: Measures = {};
          const measures = { ...(await phase.run(context)), ...work };
          if (measures.frames && measures.layouts !== undefined) {
            measures.layoutsPerFrame = Math.round((measures.layouts / measures.frames) * 100) / 100;
          }
          console.log(
            `  ${Object.entries(measures)
              .map(([key, value]) => `${key} ${value}`)
              .join(', ')}`,
          );
          runs.push({ phase: phase.id, target: target.label, run, measures });
        }
      }
    }
  } finally {
    await browser.close();
    for (const target of targets) {
      await target.sim.close();
      await target.lineCostSim?.close();
    }
    baseline?.remove();
  }
  const text = table(phases, targets, runs);
  console.log(text);
  const results = {
    date: new Date().toISOString(),
    runs: runCount,
    targets: targets.map(({ label, commit }) => ({ label, commit })),
    phases: phases.map(({ id, title, targets, exact }) => ({ id, title, targets, exact })),
    results: runs,
  };
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(out.replace(/\.json$/, '.md'), `${text}\n`);
  console.log(`\nWritten to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
