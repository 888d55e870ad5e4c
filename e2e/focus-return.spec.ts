import { SimStream, expect, openDashboard, test, twitchLine, violations } from './support';

/**
 * After every dialog the focus comes back to the control that opened it (or, when that is
 * gone or nothing opened it, to the message box): never to the page's body.
 */

test('Recap: Escape gives the focus back to the Recap button, and axe passes while open', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(twitchLine('hello', { from: { id: '1', name: 'regular' } }));
  await expect(page.getByRole('log', { name: 'Chat' }).getByRole('article')).toHaveCount(1);
  const opener = page.getByRole('button', { name: 'Recap', exact: true });
  await opener.focus();
  await page.keyboard.press('Enter');
  const recap = page.getByRole('dialog', { name: 'Recap' });
  await expect(recap).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(recap).toBeHidden();
  await expect(opener).toBeFocused();
});

test('Recap opened by the stream ending: Escape gives the focus to the message box', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(twitchLine('hello', { from: { id: '1', name: 'regular' } }));
  await expect(page.getByRole('log', { name: 'Chat' }).getByRole('article')).toHaveCount(1);
  // Nothing has the focus when the stream ends.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await stream.control('live', { live: false });
  const recap = page.getByRole('dialog', { name: 'Recap' });
  await expect(recap).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(recap).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
});

test('Settings, search and the export choices give the focus back to their buttons', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(twitchLine('hello there', { from: { id: '1', name: 'regular' } }));
  await expect(page.getByRole('log', { name: 'Chat' }).getByRole('article')).toHaveCount(1);

  const settingsButton = page.getByRole('button', { name: 'Settings' });
  await settingsButton.focus();
  await page.keyboard.press('Enter');
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await expect(settings).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(settings).toBeHidden();
  await expect(settingsButton).toBeFocused();

  const searchButton = page.getByRole('button', { name: 'Search' });
  await searchButton.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('searchbox', { name: 'Search chat' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('searchbox', { name: 'Search chat' })).toBeHidden();
  await expect(searchButton).toBeFocused();

  // The export's choices go once one is taken: the focus goes back to "Export chat".
  const exportButton = page.getByRole('button', { name: 'Export chat' });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  const text = page.getByRole('button', { name: 'Text', exact: true });
  await text.focus();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.txt$/);
  await expect(text).toBeHidden();
  await expect(exportButton).toBeFocused();
  // Escape on the choices, too.
  await page.keyboard.press('Enter');
  await text.focus();
  await page.keyboard.press('Escape');
  await expect(text).toBeHidden();
  await expect(exportButton).toBeFocused();
});

test('a user card whose line has gone: the focus goes to the message box', async ({
  page,
  request,
}) => {
  // A short history: the line whose name opened the card is dropped while it is open.
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  await stream.chat(twitchLine('soon gone', { from: { id: '1', name: 'fleeting' } }));
  const chat = page.getByRole('log', { name: 'Chat' });
  await chat.getByRole('button', { name: 'fleeting' }).focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('dialog', { name: 'fleeting' });
  await expect(card).toBeVisible();
  // Hidden by a word while the card is open: its row, and the name that opened the card, go.
  await page.evaluate(() => {
    const kept = JSON.parse(
      localStorage.getItem('chatdeck:reading') ?? '{"version":1,"settings":{}}',
    );
    kept.settings.hiddenWords = ['soon'];
    const value = JSON.stringify(kept);
    localStorage.setItem('chatdeck:reading', value);
    window.dispatchEvent(new StorageEvent('storage', { key: 'chatdeck:reading', newValue: value }));
  });
  await expect(chat.getByRole('article')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Message' })).toBeFocused();
});
