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
          const response = await route.fetch({
            url: `${baseURL}/${asked.hostname}${asked.pathname}`,
          });
          await route.fulfill({ response });
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

export async function openDashboard(page: Page, stream: SimStream, query = ''): Promise<void> {
  await page.goto(stream.url(query));
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
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
