import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type APIRequestContext, type Page } from '@playwright/test';
import { wire } from '../src/testing/factories';

/** A stream of its own in the shared simulator, so tests never see each other's chat. */
export class SimStream {
  constructor(
    readonly id: number,
    private readonly request: APIRequestContext,
  ) {}

  static async create(request: APIRequestContext, options: Record<string, unknown> = {}) {
    const response = await request.post('/_sim/streams', { data: { live: true, ...options } });
    const { id } = (await response.json()) as { id: number };
    return new SimStream(id, request);
  }

  async control(action: string, data: Record<string, unknown> = {}): Promise<void> {
    const response = await this.request.post(`/_sim/streams/${this.id}/${action}`, { data });
    expect(response.ok()).toBe(true);
  }

  chat(...frames: Record<string, unknown>[]): Promise<void> {
    return this.control('chat', { frames });
  }

  /** How many dashboards or widgets are connected to this stream now. */
  async clients(): Promise<number> {
    const response = await this.request.get(`/_sim/streams/${this.id}/clients`);
    return ((await response.json()) as { count: number }).count;
  }

  async received(): Promise<Array<Record<string, unknown>>> {
    const response = await this.request.get(`/_sim/streams/${this.id}/received`);
    return ((await response.json()) as { commands: Array<Record<string, unknown>> }).commands;
  }

  /** The dashboard (or widget, with extra query) connected to this stream, token in the fragment. */
  url(query = ''): string {
    return `/?stream=${this.id}${query ? `&${query}` : ''}#token=demo-token`;
  }
}

/** A Twitch chat line as multistreamer sends it, from a viewer on the simulator's stream 1. */
export function twitchLine(text: string, overrides: Record<string, unknown> = {}) {
  return wire.text({
    stream_id: 1,
    from: { id: '1001', name: 'viewer_one' },
    text,
    markdown: text,
    ...overrides,
  });
}

/**
 * The hosts of FrankerFaceZ's, BetterTTV's and 7TV's APIs and CDNs. A page without `emote_api`
 * asks them for a Twitch channel's emotes; tests have no internet, so the simulator's mirror
 * answers for them (`/HOST/PATH`), in every test.
 */
export const EMOTE_PROVIDER_HOSTS = new Set([
  'api.frankerfacez.com',
  'api.betterttv.net',
  '7tv.io',
  'cdn.frankerfacez.com',
  'cdn.betterttv.net',
  'cdn.7tv.app',
]);

/**
 * Every test fails on a console error or an uncaught exception in the page, except errors
 * a test names as the expected story (the browser logs each refused WebSocket upgrade).
 */
export const test = base.extend<{
  consoleErrors: string[];
  /** Console errors that are the expected story of a test (one pattern; use | for more). */
  expectedConsoleErrors: RegExp | null;
  emoteProviders: undefined;
}>({
  expectedConsoleErrors: [null, { option: true }],
  emoteProviders: [
    async ({ context, baseURL }, use) => {
      await context.route(
        (url) => url.protocol === 'https:' && EMOTE_PROVIDER_HOSTS.has(url.hostname),
        async (route) => {
          const asked = new URL(route.request().url());
          try {
            const response = await route.fetch({
              url: `${baseURL}/${asked.hostname}${asked.pathname}`,
            });
            await route.fulfill({ response });
          } catch (error) {
            // The page or the test ended while the mirror's answer was on its way: nobody waits for it.
            if (!/disposed|closed|Test ended|ECONNRESET/i.test(String(error))) throw error;
          }
        },
      );
      await use(undefined);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        if (message.type() !== 'error') return;
        if (expectedConsoleErrors?.test(text)) return;
        errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Counts the WebSockets the page opens itself (init scripts do not run in workers): read with
 * the returned function. `refuseWorkers` makes the page's host refuse workers, as some do.
 */
export async function countPageSockets(
  page: Page,
  { refuseWorkers = false } = {},
): Promise<() => Promise<number>> {
  await page.addInitScript((refuse) => {
    const counted = window as unknown as { pageSockets: number };
    counted.pageSockets = 0;
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(...args: ConstructorParameters<typeof WebSocket>) {
        super(...args);
        counted.pageSockets += 1;
      }
    };
    if (refuse) {
      window.Worker = function refused() {
        throw new DOMException('Workers are refused here', 'SecurityError');
      } as unknown as typeof Worker;
    }
  }, refuseWorkers);
  return () => page.evaluate(() => (window as unknown as { pageSockets: number }).pageSockets);
}

export async function openDashboard(page: Page, stream: SimStream, query = ''): Promise<void> {
  await page.goto(stream.url(query));
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
}

/**
 * The "Learn chatters for (minutes)" setting on this page's device, from its first load: 0
 * marks first-time chatters from the first line. Other settings kept there stay, and a value
 * set later in the page's Settings wins over this one after a reload.
 */
export async function learnChattersFor(page: Page, minutes: number): Promise<void> {
  await page.addInitScript((learnMinutes) => {
    const key = 'chatdeck:reading';
    let kept: { version: number; settings: Record<string, unknown> } = { version: 1, settings: {} };
    try {
      const stored = JSON.parse(localStorage.getItem(key) ?? 'null') as typeof kept | null;
      if (stored?.settings) kept = stored;
    } catch {
      // Nothing usable kept: start from the defaults.
    }
    if (kept.settings.learnMinutes !== undefined) return;
    kept.settings.learnMinutes = learnMinutes;
    localStorage.setItem(key, JSON.stringify(kept));
  }, minutes);
}

/** The keys a page's origin keeps in one store of Chatdeck's device database (IndexedDB). */
export function keptKeys(page: Page, store: 'chatters' | 'lines'): Promise<string[]> {
  return page.evaluate(
    (name) =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('chatdeck');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const keys = open.result.transaction(name).objectStore(name).getAllKeys();
          keys.onsuccess = () => {
            resolve(keys.result.map(String));
            open.result.close();
          };
        };
      }),
    store,
  );
}

/**
 * axe-core's WCAG 2.x A and AA rules; any violation fails, listed by rule and element.
 * `colours`: only the rules a colour scheme can change (the page checked in full in another).
 */
export async function violations(page: Page, { colours = false }: { colours?: boolean } = {}) {
  // Into frames (the builder's previews) only where the page has some: axe's frame-aware run
  // opens a page of its own each time, which took half of every check.
  const frames = (await page.locator('iframe').count()) > 0;
  const axe = new AxeBuilder({ page }).setLegacyMode(!frames);
  // Contrast is judged on the page at rest: a fade caught halfway (a sent line's fate leaving)
  // is a moment between two states, each of which must pass. Those fades are shown at their
  // end for the check, then put back where they were.
  await page.evaluate(() => {
    const halfway = document.getAnimations().flatMap((animation) => {
      const timing = animation.effect?.getComputedTiming();
      const progress = timing?.progress ?? 0;
      const finite = Number.isFinite(Number(timing?.endTime));
      if (animation.playState !== 'running' || !finite || progress <= 0 || progress >= 1) return [];
      const at = animation.currentTime;
      animation.finish();
      return [{ animation, at }];
    });
    (globalThis as { axeHeldFades?: typeof halfway }).axeHeldFades = halfway;
  });
  const results = await (
    colours
      ? axe.withRules(['color-contrast', 'link-in-text-block'])
      : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
  )
    .analyze()
    .finally(() =>
      page.evaluate(() => {
        const held = (
          globalThis as { axeHeldFades?: { animation: Animation; at: CSSNumberish | null }[] }
        ).axeHeldFades;
        for (const { animation, at } of held ?? []) {
          animation.currentTime = at;
          animation.play();
        }
      }),
    );
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    where: violation.nodes.map((node) => node.target.join(' ')).slice(0, 3),
  }));
}

/**
 * Every piece of text drawn on the page whose centre something else covers: for each text's
 * line box still in view (inside the window and every clipping scroll area), the element at
 * its centre must be the text's own element (or inside it). Overlays that let the pointer
 * through (`pointer-events: none`) count as covering too: they are made hit-testable first.
 */
export function coveredTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // (Inline, one element at a time: the page's CSP refuses a <style> element.)
    const passing = [...document.querySelectorAll<HTMLElement>('*')].filter(
      (element) => getComputedStyle(element).pointerEvents === 'none',
    );
    for (const element of passing) element.style.setProperty('pointer-events', 'auto', 'important');
    // Inside the window and every box that clips it (its own too: a cut-off `truncate`).
    const clipOf = new Map<Element, DOMRect | 'none' | 'all'>();
    const clipBox = (element: Element) => {
      let clip = clipOf.get(element);
      if (clip === undefined) {
        const look = getComputedStyle(element);
        const clips =
          look.overflowX !== 'visible' ||
          look.overflowY !== 'visible' ||
          look.clip !== 'auto' ||
          look.clipPath !== 'none';
        const box = element.getBoundingClientRect();
        clip = !clips ? 'none' : look.clip !== 'auto' && box.width <= 1 ? 'all' : box;
        clipOf.set(element, clip);
      }
      return clip;
    };
    const inView = (element: Element, x: number, y: number) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      for (let at: Element | null = element; at; at = at.parentElement) {
        const box = clipBox(at);
        if (box === 'none') continue;
        if (box === 'all') return false;
        if (x < box.left || x >= box.right || y < box.top || y >= box.bottom) return false;
      }
      return true;
    };
    const covered: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const owner = node.parentElement;
      if (!text || !owner) continue;
      if (owner.closest('[hidden], [aria-hidden="true"], .sr-only, select, script, style'))
        continue;
      // Drawn at all (not in a closed <details>, not display: none, not visibility: hidden).
      if (!owner.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) {
        continue;
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 3 || rect.height < 3) continue;
        const x = rect.left + rect.width / 2;
        const y = rect.top + rect.height / 2;
        if (!inView(owner, x, y)) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit === owner || owner.contains(hit) || hit.contains(owner))) continue;
        const by = hit
          ? `${hit.tagName.toLowerCase()}.${String(hit.className).slice(0, 40)}`
          : 'nothing';
        covered.push(`"${text.slice(0, 30)}" under ${by}`);
      }
    }
    for (const element of passing) element.style.removeProperty('pointer-events');
    return covered;
  });
}
