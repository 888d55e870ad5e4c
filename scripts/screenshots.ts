/**
 * `npm run screenshots`: the built app against the demo simulator, photographed in each state a
 * streamer meets, in a light and a dark system scheme: the dashboard with a poll and a featured
 * queue, the OBS dock (folded and with Viewers opened), the log paused, the "Learning who chats
 * here" line, the Settings and Recap dialogs, the deck, the widget over a dark scene, the widget
 * builder and the connect form. Written to docs/screenshots/ (listed in docs/screenshots.md).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import sharp from 'sharp';
import { startSimulator } from '../simulator/server';
import { CHROMIUM_ARGS, HOW_TO_INSTALL, findChromium } from './find-chromium';

const OUT = 'docs/screenshots';
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

const found = findChromium();
if (!found) throw new Error(HOW_TO_INSTALL);
mkdirSync(OUT, { recursive: true });
const sim = await startSimulator({ scenario: 'demo', liveAfterMs: 0, serveDir: 'dist' });
const browser = await chromium.launch({ ...found, args: CHROMIUM_ARGS });

/** A live stream of its own in the simulator, its demo chat running (the `/_sim/` controls). */
async function demoStream(): Promise<number> {
  const response = await fetch(`${sim.url}/_sim/streams`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ live: true, chatter: 'demo' }),
  });
  return ((await response.json()) as { id: number }).id;
}

async function control(stream: number, action: string, data: Record<string, unknown> = {}) {
  const response = await fetch(`${sim.url}/_sim/streams/${stream}/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data),
  });
  if (!response.ok) throw new Error(`/_sim/ ${action}: HTTP ${response.status}`);
}

const dashboardOf = (stream: number) => `${sim.url}/?stream=${stream}#token=demo-token`;

async function connected(page: Page): Promise<void> {
  await page
    .getByRole('status', { name: 'Connection' })
    .first()
    .filter({ hasText: 'Connected' })
    .waitFor();
}

/** A featured line with one more queued, and a poll running (started from the composer). */
async function pollAndQueue(page: Page): Promise<void> {
  const lines = page.getByRole('log', { name: 'Chat' }).getByRole('article');
  await lines.nth(5).waitFor();
  const queued = page.getByRole('list', { name: 'Queued for the overlay' }).getByRole('listitem');
  // The pointer on chat pauses it, so the lines stand still under the clicks.
  for (const [index, waiting] of [
    [-2, 0],
    [-3, 1],
  ] as const) {
    const line = index < 0 ? lines.nth((await lines.count()) + index) : lines.nth(index);
    await line.hover();
    await line
      .getByRole('button', { name: 'Feature' })
      .click({ modifiers: waiting > 0 ? ['Control'] : [] });
    await page.getByRole('region', { name: 'On stream' }).waitFor();
    await waitUntil(async () => (await queued.count()) === waiting);
  }
  await page.mouse.move(0, 0);
  const message = page.getByRole('textbox', { name: 'Message' });
  await message.fill('/poll Next game? | Celeste | Hades 60s');
  await message.press('Enter');
  await page.getByRole('region', { name: 'Poll' }).filter({ hasText: 'Next game?' }).waitFor();
  // The announcement's "sent" marks fade out: a moment's state, not the picture.
  await waitUntil(
    async () => (await page.getByRole('list', { name: 'Waiting to send' }).count()) === 0,
  );
  // A few votes in.
  await page.waitForTimeout(4_000);
  // The strips that opened above the log moved it off its newest line: back to live.
  const jump = page.getByRole('button', { name: /new messages?$|^Back to live$/ });
  if (await jump.count()) await jump.click();
  await page.mouse.move(0, 0);
  await page.waitForTimeout(500);
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for the page');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface Shot {
  width?: number;
  height?: number;
  /** Everything after the page is open and before the picture. */
  prepare?: (page: Page, scheme: Scheme) => Promise<void>;
  /** Only this part of the page. */
  clip?: (page: Page) => Promise<{ x: number; y: number; width: number; height: number }>;
  html?: (scheme: Scheme) => string;
}

async function shot(name: string, url: () => Promise<string>, options: Shot = {}): Promise<void> {
  for (const scheme of SCHEMES) {
    const context = await browser.newContext({
      viewport: { width: options.width ?? 1440, height: options.height ?? 900 },
      deviceScaleFactor: 1,
      colorScheme: scheme,
    });
    const page = await context.newPage();
    if (options.html) await page.setContent(options.html(scheme));
    else await page.goto(await url());
    await options.prepare?.(page, scheme);
    const path = `${OUT}/${name}-${scheme}.png`;
    const clip = await options.clip?.(page);
    const png = await page.screenshot({ type: 'png', ...(clip && { clip }) });
    // A 256-colour palette (libimagequant, through sharp): the same picture at a third of the
    // bytes, so the committed docs stay small (a 1440 x 900 dashboard is about 60 KB).
    await sharp(png).png({ palette: true, quality: 100, effort: 10 }).toFile(path);
    await context.close();
    console.log(path);
  }
}

/** The dashboard of a fresh demo stream, once its chat has filled the view. */
const freshDashboard = async () => dashboardOf(await demoStream());
const learningLine = (page: Page) => page.getByText(/^Learning who chats here: \d+ min left$/);
const settled = async (page: Page) => {
  await connected(page);
  await page.waitForTimeout(6_000);
};

try {
  await shot('dashboard', freshDashboard, {
    prepare: async (page) => {
      await settled(page);
      await pollAndQueue(page);
    },
  });
  await shot('dock', freshDashboard, { width: 360, height: 800, prepare: settled });
  await shot('dock-viewers', freshDashboard, {
    width: 360,
    height: 800,
    prepare: async (page) => {
      await settled(page);
      await page.getByRole('button', { name: 'Viewers', exact: true }).click();
      await page
        .getByRole('region', { name: 'Viewers' })
        .getByText(/Twitch: .* viewers/)
        .waitFor();
      // Off the button, so it shows no hover.
      await page.mouse.move(1, 1);
    },
  });
  let paused = 0;
  await shot(
    'paused',
    async () => {
      paused = await demoStream();
      return dashboardOf(paused);
    },
    {
      prepare: async (page) => {
        await settled(page);
        await page.getByRole('log', { name: 'Chat' }).hover();
        await control(paused, 'burst', { count: 7, first: 1 });
        await page.getByRole('button', { name: /^Paused: \d+ new messages$/ }).waitFor();
      },
    },
  );
  // Default settings: a new device learns its regulars for a while before marking newcomers.
  // The chat's column, the line at its top.
  await shot('learning', freshDashboard, {
    width: 1024,
    height: 640,
    prepare: async (page) => {
      await settled(page);
      await learningLine(page).waitFor();
    },
    clip: async (page) => {
      const line = (await learningLine(page).boundingBox())!;
      const x = Math.max(0, Math.floor(line.x) - 12);
      return { x, y: 0, width: 1024 - x, height: 640 };
    },
  });
  await shot('settings', freshDashboard, {
    prepare: async (page) => {
      await settled(page);
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).waitFor();
    },
  });
  await shot('recap', freshDashboard, {
    prepare: async (page) => {
      await settled(page);
      await page.getByRole('button', { name: 'Recap', exact: true }).click();
      await page.getByRole('dialog', { name: 'Recap' }).waitFor();
    },
  });
  // The demo's two channels side by side.
  await shot('deck', async () => `${sim.url}/?stream=1,2#token=demo-token`, {
    prepare: async (page) => {
      await connected(page);
      await page.waitForTimeout(15_000);
    },
  });
  await shot('widget-over-dark-scene', async () => '', {
    width: 520,
    height: 420,
    // The stand-in for an OBS scene declares no colour scheme, like a browser source's page.
    html: () => {
      const widget = `${sim.url}/?widget&transparent&from_bottom&theme=dark&hide_pm&stream=1#token=demo-token`;
      return `<body style="margin:0;background:#1f2937 linear-gradient(135deg, transparent 40%, rgba(124,58,237,.35))"><iframe src="${widget}" style="border:0;width:480px;height:400px;margin:10px"></iframe></body>`;
    },
    prepare: (page) => page.waitForTimeout(6_000),
  });
  await shot('builder', async () => `${sim.url}/?builder&stream=1#token=demo-token`, {
    prepare: (page) => page.waitForTimeout(5_000),
  });
  await shot('connect', async () => `${sim.url}/`, {
    width: 1024,
    height: 720,
    prepare: (page) => page.waitForTimeout(500),
  });
} finally {
  await browser.close();
  await sim.close();
}
