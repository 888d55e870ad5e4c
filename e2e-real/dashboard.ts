import type { Page } from '@playwright/test';
import { expect, test } from '../e2e/support';
import { dashboardPath, real, setLive, tokenFor } from './real';

/** The user's dashboard on the real stream, connected and past the server's subscription moment. */
export async function openDashboard(page: Page, token: string, query = ''): Promise<void> {
  await page.goto(dashboardPath(token, query));
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await expect(page.getByRole('list', { name: 'Accounts' })).toBeVisible();
  await page.waitForTimeout(600);
}

export function chatLines(page: Page, text: string) {
  return page.getByRole('log', { name: 'Chat' }).getByRole('article').filter({ hasText: text });
}

/** Shown, and shown once: the echo is the only copy (waits a moment for a second one). */
export async function expectOnce(page: Page, text: string): Promise<void> {
  await expect(chatLines(page, text)).toHaveCount(1);
  await page.waitForTimeout(700);
  await expect(chatLines(page, text)).toHaveCount(1);
}

/** The two users' tokens, fetched once per file; each test starts with the stream not live. */
export function realUsers(): { user: string; peer: string } {
  const tokens = { user: '', peer: '' };
  test.beforeAll(async () => {
    tokens.user = await tokenFor(real.user, real.password);
    tokens.peer = await tokenFor(real.peer, real.peerPassword);
  });
  test.beforeEach(async () => {
    await setLive(tokens.user, false);
  });
  return tokens;
}
