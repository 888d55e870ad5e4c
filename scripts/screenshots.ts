/**
 * `npm run screenshots`: the built app against the demo simulator, photographed the way a
 * streamer first sees it: dashboard (light, dark, OBS dock width), connect form, widget builder,
 * and the transparent widget over a dark and a light scene. Written to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { startSimulator } from '../simulator/server';
import { CHROMIUM_ARGS, HOW_TO_INSTALL, findChromium } from './find-chromium';

const OUT = 'screenshots';
const found = findChromium();
if (!found) throw new Error(HOW_TO_INSTALL);
mkdirSync(OUT, { recursive: true });
const sim = await startSimulator({ scenario: 'demo', liveAfterMs: 0, serveDir: 'dist' });
const browser = await chromium.launch({ ...found, args: CHROMIUM_ARGS });

interface Shot {
  width?: number;
  height?: number;
  dark?: boolean;
  settleMs?: number;
  html?: string;
}

async function shot(name: string, url: string, options: Shot = {}): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const page = await context.newPage();
  if (options.html) await page.setContent(options.html);
  else await page.goto(url);
  // Let the demo chat fill the view.
  await page.waitForTimeout(options.settleMs ?? 6_000);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  await context.close();
  console.log(`${OUT}/${name}.png`);
}

try {
  const dashboard = `${sim.url}/?stream=1#token=demo-token`;
  await shot('dashboard-light', dashboard);
  await shot('dashboard-dark', dashboard, { dark: true });
  await shot('dock-320', dashboard, { width: 320, height: 720, dark: true });
  await shot('dock-400', dashboard, { width: 400, height: 720 });
  await shot('connect', `${sim.url}/`, { settleMs: 500 });
  // Three columns: the demo stream, the second channel, and the demo's YouTube chat alone.
  await shot('deck', `${sim.url}/?deck=1,2,1:network%3Ayoutube#token=demo-token`, {
    width: 1500,
    dark: true,
  });
  await shot('builder', `${sim.url}/?builder&stream=1#token=demo-token`, { settleMs: 5_000 });
  for (const [theme, background] of [
    ['dark', '#1f2937'],
    ['light', '#f1f5f9'],
  ] as const) {
    const widget = `${sim.url}/?widget&transparent&from_bottom&theme=${theme}&hide_pm&stream=1#token=demo-token`;
    await shot(`widget-over-${theme}`, '', {
      width: 520,
      height: 420,
      html: `<body style="margin:0;background:${background} linear-gradient(135deg, transparent 40%, rgba(124,58,237,.35))"><iframe src="${widget}" style="border:0;width:480px;height:400px;margin:10px"></iframe></body>`,
    });
  }
} finally {
  await browser.close();
  await sim.close();
}
