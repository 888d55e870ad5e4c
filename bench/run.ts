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
import { startSimulator, type RunningSimulator } from '../simulator/server';
import { CHROMIUM_ARGS, HOW_TO_INSTALL, findChromium } from '../scripts/find-chromium';

const DIST = resolve('dist');
const BURST = 5_000;
const FLOOD_RATE = 500;
const FLOOD_SECONDS = 20;
const MEMORY_FIRST = 2_000;
const MEMORY_MORE = 50_000;
/** A phase that has not shown its last line after this long is reported as -1 (never). */
const PHASE_TIMEOUT_MS = 30_000;

interface Results {
  date: string;
  label: string;
  burst: { messages: number; msUntilLastVisible: number; longestFrameMs: number };
  sustained: {
    rate: number;
    seconds: number;
    frames: number;
    shareOfFramesOver33ms: number;
    longestFrameMs: number;
    msBehindAtEnd: number;
    maxMsBehind: number;
  };
  memory: {
    heapMbAfter2k: number;
    heapMbAfter52k: number;
    heapGrowthMb: number;
    domNodes: number;
    messageRows: number;
    messagesKept: number;
  };
  bundle: { initialJsGzipBytes: number; initialCssGzipBytes: number };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Initial JS and CSS the page loads (what index.html references), gzipped. */
function bundleSizes(): Results['bundle'] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const gz = (pattern: RegExp) =>
    [...html.matchAll(pattern)]
      .map((match) => gzipSync(readFileSync(join(DIST, match[1]!)), { level: 9 }).length)
      .reduce((sum, size) => sum + size, 0);
  return {
    initialJsGzipBytes: gz(/<script[^>]+src="\.?\/?([^"]+\.js)"/g),
    initialCssGzipBytes: gz(/<link[^>]+href="\.?\/?([^"]+\.css)"/g),
  };
}

interface BenchWindow {
  benchStream: number;
  benchNewest: () => number;
}

async function openStream(browser: Browser, sim: RunningSimulator): Promise<Page> {
  const stream = sim.world.createStream({ live: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${sim.url}/?stream=${stream.id}#token=demo-token`);
  await page
    .getByRole('status', { name: 'Connection' })
    .filter({ hasText: 'Connected' })
    .waitFor({ timeout: 15_000 });
  // tsx keeps function names with a helper the page lacks; give the page a no-op one.
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate((id) => {
    const bench = window as unknown as BenchWindow;
    bench.benchStream = id;
    // The number of the newest line in view ("... #123"), or 0.
    bench.benchNewest = () => {
      let newest = 0;
      for (const row of document.querySelectorAll('[role="log"] article')) {
        const match = /#(\d+)\s*$/.exec(row.textContent ?? '');
        if (match) newest = Math.max(newest, Number(match[1]));
      }
      return newest;
    };
  }, stream.id);
  return page;
}

async function burst(page: Page): Promise<Results['burst']> {
  return page.evaluate(
    async ({ count, timeoutMs }) => {
      const { benchStream: id, benchNewest: newest } = window as unknown as BenchWindow;
      let longest = 0;
      let last = performance.now();
      const started = performance.now();
      const done = new Promise<number>((resolve) => {
        const frame = (now: number) => {
          longest = Math.max(longest, now - last);
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
      };
    },
    { count: BURST, timeoutMs: PHASE_TIMEOUT_MS },
  );
}

async function sustained(page: Page): Promise<Results['sustained']> {
  return page.evaluate(
    async ({ rate, seconds, timeoutMs }) => {
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
        body: JSON.stringify({ rate, seconds }),
      });
      const behindAtEnd = await done;
      const over = frames.filter((ms) => ms > 33).length;
      return {
        rate,
        seconds,
        frames: frames.length,
        shareOfFramesOver33ms: Math.round((over / frames.length) * 1000) / 1000,
        longestFrameMs: Math.round(Math.max(...frames)),
        msBehindAtEnd: Math.round(behindAtEnd),
        maxMsBehind: Math.round(maxBehind),
      };
    },
    { rate: FLOOD_RATE, seconds: FLOOD_SECONDS, timeoutMs: PHASE_TIMEOUT_MS },
  );
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

function table(results: Results): string {
  const never = (ms: number) => (ms < 0 ? `never (${PHASE_TIMEOUT_MS / 1000} s)` : `${ms}`);
  const rows: Array<[string, string, string]> = [
    [
      'burst',
      `${BURST} at once: ms until the last is visible`,
      never(results.burst.msUntilLastVisible),
    ],
    ['burst', 'longest frame, ms', `${results.burst.longestFrameMs}`],
    [
      'sustained',
      `${FLOOD_RATE}/s for ${FLOOD_SECONDS} s: share of frames over 33 ms`,
      `${(results.sustained.shareOfFramesOver33ms * 100).toFixed(1)} % of ${results.sustained.frames}`,
    ],
    ['sustained', 'ms behind at the end', never(results.sustained.msBehindAtEnd)],
    ['sustained', 'most ms behind during the flood', `${results.sustained.maxMsBehind}`],
    ['sustained', 'longest frame, ms', `${results.sustained.longestFrameMs}`],
    ['memory', `JS heap after ${MEMORY_FIRST} messages, MB`, `${results.memory.heapMbAfter2k}`],
    ['memory', `JS heap after ${MEMORY_MORE} more, MB`, `${results.memory.heapMbAfter52k}`],
    ['memory', 'heap growth, MB', `${results.memory.heapGrowthMb}`],
    [
      'memory',
      'DOM nodes / message rows in the DOM',
      `${results.memory.domNodes} / ${results.memory.messageRows}`,
    ],
    ['bundle', 'initial JS, gzipped bytes', `${results.bundle.initialJsGzipBytes}`],
    ['bundle', 'initial CSS, gzipped bytes', `${results.bundle.initialCssGzipBytes}`],
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [
    line(['part', 'measure', 'value']),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

async function main(): Promise<void> {
  const found = findChromium();
  if (!found) throw new Error(HOW_TO_INSTALL);
  const sim = await startSimulator({ scenario: 'idle', serveDir: DIST });
  const browser = await chromium.launch({ ...found, args: CHROMIUM_ARGS });
  try {
    console.log(`burst: ${BURST} messages at once…`);
    const burstPage = await openStream(browser, sim);
    const burstResult = await burst(burstPage);
    await burstPage.close();
    console.log(`sustained: ${FLOOD_RATE} messages/s for ${FLOOD_SECONDS} s…`);
    const floodPage = await openStream(browser, sim);
    const sustainedResult = await sustained(floodPage);
    await floodPage.close();
    console.log(`memory: ${MEMORY_FIRST} messages, then ${MEMORY_MORE} more…`);
    const memoryPage = await openStream(browser, sim);
    const memoryResult = await memory(memoryPage);
    await memoryPage.close();
    const results: Results = {
      date: new Date().toISOString(),
      label: argument('--label') ?? 'run',
      burst: burstResult,
      sustained: sustainedResult,
      memory: memoryResult,
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
