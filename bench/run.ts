/**
 * `npm run bench`: the built dashboard in headless Chromium against the simulator's flood
 * machinery. Prints one table and writes bench/results/latest.json (or `--out FILE`).
 *
 * Every figure is measured inside the page: the page itself asks the simulator for a burst or
 * a flood (same origin), then watches the chat log once per animation frame.
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { startSimulator, type RunningSimulator } from '../simulator/server';
import { CHROMIUM_ARGS, HOW_TO_INSTALL, findChromium } from '../scripts/find-chromium';

const DIST = resolve('dist');
const LINE_COST_DIR = resolve('bench/results/line-cost');
/** A phase that has not shown its last line after this long is reported as -1 (never). */
const PHASE_TIMEOUT_MS = 30_000;
const MEMORY_FIRST = 2_000;
const MEMORY_MORE = 50_000;

const BURSTS = [5_000, 20_000];
const FLOODS: FloodPlan[] = [
  { name: '500/s', rate: 500, seconds: 20 },
  { name: '500/s reading', rate: 500, seconds: 20, readingRules: true },
  { name: '2000/s', rate: 2_000, seconds: 20 },
  { name: 'hostile', rate: 500, seconds: 10, hostilePerSecond: 20 },
  { name: '500/s third-party emotes', rate: 500, seconds: 20, thirdPartyEmotes: true },
];

interface FloodPlan {
  name: string;
  rate: number;
  seconds: number;
  /** Worst-case lines of the hostile corpus mixed in, this many a second. */
  hostilePerSecond?: number;
  /** With 20 highlight words (two of them regexes) and 20 hidden users set. */
  readingRules?: boolean;
  /**
   * 1 to 3 codes of 7TV, BetterTTV and FrankerFaceZ emotes in every line, shown as images in
   * Twitch lines (the simulator's emote mirror answers, as `emote_api`).
   */
  thirdPartyEmotes?: boolean;
}

/** Search: lines kept, and the query typed one key at a time. */
const SEARCH_LINES = 100_000;
const SEARCH_QUERY = 'lisbon #12';

/**
 * Reading settings for the flood with rules: 20 highlight words (words the demo says, and two
 * regexes) and 20 hidden users. The hidden users never chat in the flood, so every numbered
 * line is still shown and the flood's last line can be watched for; their cost (a lookup per
 * line) is paid all the same.
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

interface BurstResult {
  messages: number;
  msUntilLastVisible: number;
  longestFrameMs: number;
  framesOver100ms: number;
}

interface FloodResult {
  name: string;
  rate: number;
  seconds: number;
  hostilePerSecond: number;
  frames: number;
  shareOfFramesOver33ms: number;
  longestFrameMs: number;
  msBehindAtEnd: number;
  maxMsBehind: number;
}

interface SearchResult {
  lines: number;
  query: string;
  /** Per key: ms from the key press to the results of the query so far being shown. */
  keystrokeMs: number[];
  medianMs: number;
  worstMs: number;
}

interface Results {
  date: string;
  label: string;
  search?: SearchResult;
  restore?: RestoreResult;
  bursts: BurstResult[];
  floods: FloodResult[];
  memory: {
    heapMbAfter2k: number;
    heapMbAfter52k: number;
    heapGrowthMb: number;
    domNodes: number;
    messageRows: number;
    messagesKept: number;
  };
  lineCost: { worst: string; worstMs: number; plainLineMs: number };
  /** Two streams side by side (`stream=A,B`), each flooded at 500/s, then 10,000 lines each. */
  deck?: {
    rate: number;
    seconds: number;
    frames: number;
    shareOfFramesOver33ms: number;
    longestFrameMs: number;
    msBehindAtEnd: number[];
    heapMbWith10kEach: number;
    messageRows: number;
  };
  bundle: { initialJsGzipBytes: number; initialCssGzipBytes: number };
}

const DECK_RATE = 500;
const DECK_SECONDS = 20;
const DECK_LINES_EACH = 10_000;

/** Two columns, each its own stream, flooded together; then each filled to its history cap. */
async function deckPhase(browser: Browser, sim: RunningSimulator): Promise<Results['deck']> {
  const ids = [
    sim.world.createStream({ live: true }).id,
    sim.world.createStream({ live: true }).id,
  ];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${sim.url}/?stream=${ids.join(',')}#token=demo-token`);
  for (const id of ids) {
    await page
      .getByRole('region', { name: new RegExp(`^Test stream ${id}$`) })
      .getByRole('status', { name: 'Connection' })
      .filter({ hasText: 'Connected' })
      .waitFor({ timeout: 15_000 });
  }
  await page.evaluate('globalThis.__name = (fn) => fn');
  const flood = await page.evaluate(
    async ({ ids, rate, seconds, timeoutMs }) => {
      // The newest numbered line shown in each column.
      const newest = () =>
        [...document.querySelectorAll('section[id^="deck-column-"]')].map((column) => {
          let top = 0;
          for (const row of column.querySelectorAll('[role="log"] article .chat-text')) {
            const match = /#(\d+)\s*$/.exec(row.textContent ?? '');
            if (match) top = Math.max(top, Number(match[1]));
          }
          return top;
        });
      const total = rate * seconds;
      const frames: number[] = [];
      let last = 0;
      let started = 0;
      const done = new Promise<number[]>((resolve) => {
        const frame = (now: number) => {
          if (last) frames.push(now - last);
          last = now;
          const shown = newest();
          const elapsed = performance.now() - started;
          if (shown.every((value) => value >= total)) {
            resolve(shown.map(() => Math.max(0, Math.round(elapsed - seconds * 1000))));
          } else if (elapsed > seconds * 1000 + timeoutMs) resolve(shown.map(() => -1));
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
            body: JSON.stringify({ rate, seconds }),
          }),
        ),
      );
      const behind = await done;
      return {
        frames: frames.length,
        shareOfFramesOver33ms:
          Math.round((frames.filter((ms) => ms > 33).length / frames.length) * 1000) / 1000,
        longestFrameMs: Math.round(Math.max(...frames)),
        msBehindAtEnd: behind,
      };
    },
    { ids, rate: DECK_RATE, seconds: DECK_SECONDS, timeoutMs: PHASE_TIMEOUT_MS },
  );
  for (const id of ids) {
    for (let first = 1; first <= DECK_LINES_EACH; first += 5_000) {
      await page.evaluate(
        async ({ id, first }) => {
          await fetch(`/_sim/streams/${id}/burst`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ count: 5_000, first: first + 100_000 }),
          });
        },
        { id, first },
      );
    }
  }
  await page.waitForTimeout(3_000);
  const heap = await heapMb(page);
  const messageRows = await page.evaluate(
    () => document.querySelectorAll('[role="log"] article').length,
  );
  await page.close();
  return {
    rate: DECK_RATE,
    seconds: DECK_SECONDS,
    ...flood,
    heapMbWith10kEach: heap,
    messageRows,
  };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/**
 * Initial JS and CSS the page loads (what index.html references: the entry script and the
 * chunks it preloads, which the entry imports statically), gzipped.
 */
function bundleSizes(): Results['bundle'] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const gz = (pattern: RegExp) =>
    [...html.matchAll(pattern)]
      .map((match) => gzipSync(readFileSync(join(DIST, match[1]!)), { level: 9 }).length)
      .reduce((sum, size) => sum + size, 0);
  return {
    initialJsGzipBytes: gz(
      /<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="\.?\/?([^"]+\.js)"/g,
    ),
    initialCssGzipBytes: gz(/<link[^>]+href="\.?\/?([^"]+\.css)"/g),
  };
}

interface BenchWindow {
  benchStream: number;
  benchNewest: () => number;
}

async function openStream(
  browser: Browser,
  sim: RunningSimulator,
  { query = '', readingRules = false }: { query?: string; readingRules?: boolean } = {},
): Promise<Page> {
  const stream = sim.world.createStream({ live: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(
    (settings) => {
      if (settings) localStorage.setItem('chatdeck:reading', settings);
      else localStorage.removeItem('chatdeck:reading');
    },
    readingRules ? JSON.stringify(BENCH_READING_SETTINGS) : null,
  );
  await page.goto(`${sim.url}/?stream=${stream.id}${query}#token=demo-token`);
  await page
    .getByRole('status', { name: 'Connection' })
    .filter({ hasText: 'Connected' })
    .waitFor({ timeout: 15_000 });
  // "Connected" shows on the socket's open; the simulator lists the page a moment later, and
  // lines sent before that go to nobody. The measure starts once the page is listed.
  const listed = Date.now();
  while (stream.clients.size === 0 && Date.now() - listed < 5_000) await page.waitForTimeout(20);
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

async function burst(page: Page, count: number): Promise<BurstResult> {
  return page.evaluate(
    async ({ count, timeoutMs }) => {
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
        body: JSON.stringify({ count }),
      });
      const ms = await done;
      return {
        messages: count,
        msUntilLastVisible: Math.round(ms),
        longestFrameMs: Math.round(longest),
        framesOver100ms: over100,
      };
    },
    { count, timeoutMs: PHASE_TIMEOUT_MS },
  );
}

async function flood(page: Page, plan: FloodPlan, hostileFrames: unknown[]): Promise<FloodResult> {
  return page.evaluate(
    async ({ plan, hostileFrames, timeoutMs }) => {
      const { benchStream: id, benchNewest: newest } = window as unknown as BenchWindow;
      const { rate, seconds } = plan;
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
      const mix = plan.hostilePerSecond
        ? { frames: hostileFrames, rate: plan.hostilePerSecond }
        : undefined;
      await fetch(`/_sim/streams/${id}/flood`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rate, seconds, mix, thirdPartyEmotes: plan.thirdPartyEmotes }),
      });
      const behindAtEnd = await done;
      const over = frames.filter((ms) => ms > 33).length;
      return {
        name: plan.name,
        rate,
        seconds,
        hostilePerSecond: plan.hostilePerSecond ?? 0,
        frames: frames.length,
        shareOfFramesOver33ms: Math.round((over / frames.length) * 1000) / 1000,
        longestFrameMs: Math.round(Math.max(...frames)),
        msBehindAtEnd: Math.round(behindAtEnd),
        maxMsBehind: Math.round(maxBehind),
      };
    },
    { plan, hostileFrames, timeoutMs: PHASE_TIMEOUT_MS },
  );
}

/** Waits until the channel's third-party emotes show (the flood then measures their cost). */
async function emotesShown(page: Page): Promise<void> {
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

/** Lines kept on the device (IndexedDB) for the reload phase. */
const RESTORE_LINES = 100_000;

interface RestoreResult {
  lines: number;
  /** After the last line was shown: ms until the device held all of them. */
  msUntilWritten: number;
  /** After a reload: ms from navigation start until restored lines are painted. */
  msToFirstRestoredPaint: number;
  /** How many lines came back (what `history=` keeps). */
  restored: number;
}

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

/** 100,000 lines written to the device while shown, then a reload: ms until they paint. */
async function restore(browser: Browser, sim: RunningSimulator): Promise<RestoreResult> {
  const page = await openStream(browser, sim, { query: `&history=${RESTORE_LINES}` });
  await sendAndWait(page, 1, RESTORE_LINES);
  const shownAt = Date.now();
  while ((await keptLineCount(page)) < RESTORE_LINES) {
    if (Date.now() - shownAt > PHASE_TIMEOUT_MS) break;
    await page.waitForTimeout(50);
  }
  const msUntilWritten = Date.now() - shownAt;
  await page.reload();
  // Checked once per animation frame: the frame the restored rows are first in the page.
  await page.waitForFunction(() => document.querySelector('[role="log"] article') !== null, null, {
    polling: 'raf',
    timeout: PHASE_TIMEOUT_MS,
  });
  const msToFirstRestoredPaint = await page.evaluate(() => Math.round(performance.now()));
  const restored = Number(await page.getByRole('log').getAttribute('data-messages'));
  await page.close();
  return { lines: RESTORE_LINES, msUntilWritten, msToFirstRestoredPaint, restored };
}

/** 100,000 lines kept, then the query typed key by key: ms until each key's results show. */
async function search(browser: Browser, sim: RunningSimulator): Promise<SearchResult> {
  const page = await openStream(browser, sim, { query: `&history=${SEARCH_LINES}` });
  await sendAndWait(page, 1, SEARCH_LINES);
  // Every line in the log before searching (the table says how many were kept).
  await page
    .waitForFunction(
      (count) =>
        Number(document.querySelector('[role="log"]')?.getAttribute('data-messages')) >= count,
      SEARCH_LINES,
      { timeout: PHASE_TIMEOUT_MS },
    )
    .catch(() => undefined);
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
  const kept = Number(await page.getByRole('log').getAttribute('data-messages'));
  await page.close();
  const sorted = [...keystrokeMs].sort((a, b) => a - b);
  return {
    lines: kept,
    query: SEARCH_QUERY,
    keystrokeMs,
    medianMs: sorted[Math.floor(sorted.length / 2)]!,
    worstMs: sorted.some((ms) => ms < 0) ? -1 : sorted.at(-1)!,
  };
}

/** The hostile corpus as the simulator would send it, from its own origin. */
function hostileFrames(origin: string): unknown[] {
  const corpus = JSON.parse(readFileSync(resolve('src/testing/hostile-corpus.json'), 'utf8')) as {
    cases: Array<{ frame: unknown }>;
  };
  return corpus.cases.map(
    (entry) => JSON.parse(JSON.stringify(entry.frame).replaceAll('{{origin}}', origin)) as unknown,
  );
}

/** Parse + render + layout of one line, each hostile case, in a page of its own. */
async function lineCost(browser: Browser): Promise<Results['lineCost']> {
  await build({
    configFile: resolve('vite.config.ts'),
    logLevel: 'warn',
    build: {
      outDir: LINE_COST_DIR,
      emptyOutDir: true,
      rollupOptions: { input: resolve('bench/line-cost.html') },
    },
  });
  const sim = await startSimulator({ scenario: 'idle', serveDir: LINE_COST_DIR });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(`${sim.url}/bench/line-cost.html`);
    await page.waitForFunction(() => 'measureLineCosts' in window);
    const costs = await page.evaluate(() =>
      (
        window as unknown as { measureLineCosts: () => Array<{ name: string; medianMs: number }> }
      ).measureLineCosts(),
    );
    const worst = costs.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    const plain = costs.find((cost) => cost.name === 'HTML entities stay text') ?? costs[0]!;
    return { worst: worst.name, worstMs: worst.medianMs, plainLineMs: plain.medianMs };
  } finally {
    await page.close();
    await sim.close();
  }
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round((usedSize / 1024 / 1024) * 10) / 10;
}

async function sendAndWait(page: Page, first: number, count: number): Promise<void> {
  await page.evaluate(
    async ({ first, count, timeoutMs }) => {
      const { benchStream: id, benchNewest: newest } = window as unknown as BenchWindow;
      // In chunks, as a long flood arrives, numbered on from `first`.
      const chunk = 5_000;
      for (let sent = 0; sent < count; sent += chunk) {
        const size = Math.min(chunk, count - sent);
        const upTo = first + sent + size - 1;
        await fetch(`/_sim/streams/${id}/burst`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ count: size, first: first + sent }),
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
    { first, count, timeoutMs: PHASE_TIMEOUT_MS },
  );
}

async function memory(page: Page): Promise<Results['memory']> {
  await sendAndWait(page, 1, MEMORY_FIRST);
  const heapMbAfter2k = await heapMb(page);
  await sendAndWait(page, MEMORY_FIRST + 1, MEMORY_MORE);
  await page.waitForTimeout(500);
  const heapMbAfter52k = await heapMb(page);
  const dom = await page.evaluate(() => ({
    domNodes: document.getElementsByTagName('*').length,
    messageRows: document.querySelectorAll('[role="log"] article').length,
  }));
  const messagesKept = await page.evaluate(() => {
    const log = document.querySelector('[role="log"]');
    return Number(log?.getAttribute('data-messages') ?? NaN);
  });
  return {
    heapMbAfter2k,
    heapMbAfter52k,
    heapGrowthMb: Math.round((heapMbAfter52k - heapMbAfter2k) * 10) / 10,
    ...dom,
    messagesKept,
  };
}

const EMPTY_MEMORY: Results['memory'] = {
  heapMbAfter2k: NaN,
  heapMbAfter52k: NaN,
  heapGrowthMb: NaN,
  domNodes: NaN,
  messageRows: NaN,
  messagesKept: NaN,
};

function table(results: Results): string {
  const never = (ms: number) => (ms < 0 ? `never (${PHASE_TIMEOUT_MS / 1000} s)` : `${ms}`);
  const rows: Array<[string, string, string]> = [];
  for (const burst of results.bursts) {
    rows.push(
      [
        'burst',
        `${burst.messages} at once: ms until the last is visible`,
        never(burst.msUntilLastVisible),
      ],
      ['burst', `${burst.messages} at once: longest frame, ms`, `${burst.longestFrameMs}`],
      ['burst', `${burst.messages} at once: frames over 100 ms`, `${burst.framesOver100ms}`],
    );
  }
  for (const flood of results.floods) {
    const what = flood.hostilePerSecond
      ? `${flood.rate}/s + ${flood.hostilePerSecond} hostile/s for ${flood.seconds} s`
      : flood.name.endsWith('reading')
        ? `${flood.rate}/s for ${flood.seconds} s, 20 highlight words + 20 hidden users`
        : flood.name.endsWith('emotes')
          ? `${flood.rate}/s for ${flood.seconds} s, 7TV/BTTV/FFZ emotes in every line`
          : `${flood.rate}/s for ${flood.seconds} s`;
    rows.push(
      [
        'flood',
        `${what}: share of frames over 33 ms`,
        `${(flood.shareOfFramesOver33ms * 100).toFixed(1)} % of ${flood.frames}`,
      ],
      ['flood', `${what}: ms behind at the end`, never(flood.msBehindAtEnd)],
      ['flood', `${what}: most ms behind`, `${flood.maxMsBehind}`],
      ['flood', `${what}: longest frame, ms`, `${flood.longestFrameMs}`],
    );
  }
  rows.push(
    ['memory', `JS heap after ${MEMORY_FIRST} messages, MB`, `${results.memory.heapMbAfter2k}`],
    ['memory', `JS heap after ${MEMORY_MORE} more, MB`, `${results.memory.heapMbAfter52k}`],
    ['memory', 'heap growth, MB', `${results.memory.heapGrowthMb}`],
    [
      'memory',
      'DOM nodes / message rows in the DOM',
      `${results.memory.domNodes} / ${results.memory.messageRows}`,
    ],
    ...(results.deck
      ? ([
          [
            'deck',
            `2 streams × ${results.deck.rate}/s: share of frames over 33 ms`,
            `${(results.deck.shareOfFramesOver33ms * 100).toFixed(1)} % of ${results.deck.frames}`,
          ],
          ['deck', 'ms behind at the end, per stream', results.deck.msBehindAtEnd.join(' / ')],
          ['deck', 'longest frame, ms', `${results.deck.longestFrameMs}`],
          [
            'deck',
            'JS heap with 10,000 lines in each column, MB',
            `${results.deck.heapMbWith10kEach}`,
          ],
          ['deck', 'message rows in the DOM (two columns)', `${results.deck.messageRows}`],
        ] as Array<[string, string, string]>)
      : []),
    ...(results.search
      ? ([
          [
            'search',
            `${results.search.lines} lines kept, "${results.search.query}": ms from key to results, median`,
            never(results.search.medianMs),
          ],
          ['search', 'ms from key to results, worst key', never(results.search.worstMs)],
        ] as Array<[string, string, string]>)
      : []),
    ...(results.restore
      ? ([
          [
            'keep',
            `${results.restore.lines} lines shown: ms until the device holds them all`,
            `${results.restore.msUntilWritten}`,
          ],
          [
            'keep',
            `reload: ms from navigation to the restored lines painted (${results.restore.restored} back)`,
            `${results.restore.msToFirstRestoredPaint}`,
          ],
        ] as Array<[string, string, string]>)
      : []),
    ['line', `worst hostile line, ms (${results.lineCost.worst})`, `${results.lineCost.worstMs}`],
    ['line', 'an ordinary line, ms', `${results.lineCost.plainLineMs}`],
    ['bundle', 'initial JS, gzipped bytes', `${results.bundle.initialJsGzipBytes}`],
    ['bundle', 'initial CSS, gzipped bytes', `${results.bundle.initialCssGzipBytes}`],
  );
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(['part', 'measure', 'value']),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** `--only flood:2000/s,burst:20000` runs just those phases (while tuning); all by default. */
function wanted(kind: string, name: string): boolean {
  const only = argument('--only');
  if (!only) return true;
  return only.split(',').some((item) => item === kind || item === `${kind}:${name}`);
}

async function main(): Promise<void> {
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_INSTALL);
  const sim = await startSimulator({ scenario: 'idle', serveDir: DIST });
  const browser = await chromium.launch({ ...found, args: CHROMIUM_ARGS });
  try {
    const bursts: BurstResult[] = [];
    for (const count of BURSTS) {
      if (!wanted('burst', String(count))) continue;
      console.log(`burst: ${count} messages at once…`);
      const page = await openStream(browser, sim);
      bursts.push(await burst(page, count));
      await page.close();
    }
    const floods: FloodResult[] = [];
    const hostile = hostileFrames(sim.url);
    for (const plan of FLOODS) {
      if (!wanted('flood', plan.name)) continue;
      console.log(`flood: ${plan.name}, ${plan.rate} messages/s for ${plan.seconds} s…`);
      const page = await openStream(browser, sim, {
        readingRules: plan.readingRules,
        ...(plan.thirdPartyEmotes && { query: `&emote_api=${encodeURIComponent(sim.url)}` }),
      });
      if (plan.thirdPartyEmotes) await emotesShown(page);
      floods.push(await flood(page, plan, hostile));
      await page.close();
    }
    let memoryResult = EMPTY_MEMORY;
    if (wanted('memory', '')) {
      console.log(`memory: ${MEMORY_FIRST} messages, then ${MEMORY_MORE} more…`);
      const memoryPage = await openStream(browser, sim);
      memoryResult = await memory(memoryPage);
      await memoryPage.close();
    }
    let deckResult: Results['deck'];
    if (wanted('deck', '')) {
      console.log(
        `deck: two streams at ${DECK_RATE}/s each for ${DECK_SECONDS} s, then 10,000 lines each…`,
      );
      deckResult = await deckPhase(browser, sim);
    }
    let restoreResult: RestoreResult | undefined;
    if (wanted('restore', '')) {
      console.log(`restore: ${RESTORE_LINES} lines kept on the device, then a reload…`);
      restoreResult = await restore(browser, sim);
    }
    let searchResult: SearchResult | undefined;
    if (wanted('search', '')) {
      console.log(`search: ${SEARCH_LINES} lines kept, "${SEARCH_QUERY}" typed key by key…`);
      searchResult = await search(browser, sim);
    }
    let lineCostResult: Results['lineCost'] = { worst: 'not run', worstMs: NaN, plainLineMs: NaN };
    if (wanted('line', '')) {
      console.log('line cost: every hostile case, parse + render + layout…');
      lineCostResult = await lineCost(browser);
    }
    const results: Results = {
      date: new Date().toISOString(),
      label: argument('--label') ?? 'run',
      bursts,
      floods,
      memory: memoryResult,
      lineCost: lineCostResult,
      ...(deckResult && { deck: deckResult }),
      ...(searchResult && { search: searchResult }),
      ...(restoreResult && { restore: restoreResult }),
      bundle: bundleSizes(),
    };
    console.log(table(results));
    const out = resolve(argument('--out') ?? 'bench/results/latest.json');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nWritten to ${out}`);
  } finally {
    await browser.close();
    await sim.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
