import type { Locator, Page } from '@playwright/test';
import { SimStream, expect, test, twitchLine, violations } from './support';

/**
 * Issue 25: each language's dashboard, Settings and Connect form, with the names CONTRACT.md
 * fixes, no English left over, and axe's checks; Arabic mirrored; chat lines in either
 * direction read right in any interface language. (The other specs run in English, the
 * browser's language here.)
 */
const LANGUAGES = {
  de: {
    send: 'Senden',
    message: 'Nachricht',
    connection: 'Verbindung',
    connected: 'Verbunden',
    settings: 'Einstellungen',
    log: 'Chat',
    language: 'Sprache',
    connect: 'Verbinden',
  },
  es: {
    send: 'Enviar',
    message: 'Mensaje',
    connection: 'Conexión',
    connected: 'Conectado',
    settings: 'Ajustes',
    log: 'Chat',
    language: 'Idioma',
    connect: 'Conectar',
  },
  ar: {
    send: 'إرسال',
    message: 'الرسالة',
    connection: 'الاتصال',
    connected: 'متصل',
    settings: 'الإعدادات',
    log: 'الدردشة',
    language: 'اللغة',
    connect: 'اتصال',
  },
} as const;

/** Words of the English interface that must not show through in another language. */
const ENGLISH = [
  'Settings',
  'Connected',
  'Viewers',
  'Accounts',
  'Sign out',
  'Export chat',
  'Recap',
  'Search',
  'No messages yet',
  'Waiting',
  'Send',
  'Message as',
  'Highlight',
  'Hidden',
  'Timestamps',
  'Streamer mode',
  'Language',
  'Quick replies',
  'Keep chat',
  'Read chat aloud',
  'Done',
  'Username',
  'Password',
  'Sign in',
  'Remember on this device',
  'Use a stream id',
];

async function englishLeftovers(part: Locator): Promise<string[]> {
  const text = await part.innerText();
  return ENGLISH.filter((word) => new RegExp(`\\b${word}\\b`).test(text));
}

async function chatText(page: Page, text: string): Promise<Locator> {
  const article = page.getByRole('log').getByRole('article').filter({ hasText: text });
  await expect(article).toHaveCount(1);
  return article.locator('[dir=auto]').filter({ hasText: text });
}

for (const [lang, names] of Object.entries(LANGUAGES)) {
  test(`${lang}: the dashboard, Settings and the Connect form speak it, with axe passing`, async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const stream = await SimStream.create(request);
    await page.goto(stream.url(`lang=${lang}`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.getByRole('status', { name: names.connection })).toHaveText(names.connected);
    await expect(page.getByRole('log', { name: names.log })).toBeVisible();
    await expect(page.getByRole('textbox', { name: names.message, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: names.send, exact: true })).toBeVisible();
    expect(await englishLeftovers(page.locator('body'))).toEqual([]);
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: names.settings, exact: true }).click();
    const settings = page.getByRole('dialog', { name: names.settings });
    await expect(settings.getByRole('combobox', { name: names.language })).toHaveValue(lang);
    expect(await englishLeftovers(settings)).toEqual([]);
    expect(await violations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(settings).toBeHidden();

    await page.goto(`/?lang=${lang}`);
    const form = page.getByRole('form', { name: names.connect });
    await expect(form).toBeVisible();
    expect(await englishLeftovers(page.locator('body'))).toEqual([]);
    expect(await violations(page)).toEqual([]);
  });
}

test('Arabic mirrors the whole dashboard: Send sits left of the message box', async ({
  page,
  request,
}, testInfo) => {
  const stream = await SimStream.create(request);
  await page.setViewportSize({ width: 1100, height: 700 });
  await page.goto(stream.url('lang=ar'));
  await expect(page.getByRole('status', { name: 'الاتصال' })).toHaveText('متصل');
  await stream.chat(twitchLine('مرحبا بالجميع، أهلا وسهلا'), twitchLine('hello from Twitch'));
  await expect(page.getByRole('log').getByRole('article')).toHaveCount(2);
  const send = await page.getByRole('button', { name: 'إرسال', exact: true }).boundingBox();
  const box = await page.getByRole('textbox', { name: 'الرسالة', exact: true }).boundingBox();
  expect(send!.x + send!.width).toBeLessThanOrEqual(box!.x);
  // The side panel (viewers, accounts) is on the right, the chat to its left.
  const aside = await page.getByRole('complementary').boundingBox();
  const log = await page.getByRole('log').boundingBox();
  expect(aside!.x).toBeGreaterThan(log!.x);
  await page.screenshot({ path: testInfo.outputPath('arabic-dashboard.png') });
});

test('chat lines keep their own direction in either interface', async ({ page, request }) => {
  const stream = await SimStream.create(request);
  await page.goto(stream.url());
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await stream.chat(twitchLine('مرحبا بالجميع'), twitchLine('hello everyone'));
  const arabic = await chatText(page, 'مرحبا بالجميع');
  expect(await arabic.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
  const english = await chatText(page, 'hello everyone');
  expect(await english.evaluate((element) => element.matches(':dir(ltr)'))).toBe(true);

  await page.goto(stream.url('lang=ar'));
  await expect(page.getByRole('status', { name: 'الاتصال' })).toHaveText('متصل');
  await stream.chat(twitchLine('good game'), twitchLine('لعبة رائعة'));
  const englishInArabic = await chatText(page, 'good game');
  expect(await englishInArabic.evaluate((element) => element.matches(':dir(ltr)'))).toBe(true);
  const arabicInArabic = await chatText(page, 'لعبة رائعة');
  expect(await arabicInArabic.evaluate((element) => element.matches(':dir(rtl)'))).toBe(true);
});

test('Settings’ Language switches the page at once and is kept on the device', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await page.goto(stream.url());
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('combobox', { name: 'Language' })
    .selectOption('de');
  // Live: the dialog and the page behind it speak German, still connected.
  const settings = page.getByRole('dialog', { name: 'Einstellungen' });
  await expect(settings.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Senden', exact: true })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Verbindung' })).toHaveText('Verbunden');
  // Kept: a new page of this device opens in German; `lang=` still wins for its page.
  await page.reload();
  await expect(page.getByRole('status', { name: 'Verbindung' })).toHaveText('Verbunden');
  await page.goto(stream.url('lang=es'));
  await expect(page.getByRole('status', { name: 'Conexión' })).toHaveText('Conectado');
});

test('de: the assistant’s Questions and Giveaway speak German, with no English left there', async ({
  page,
  request,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const stream = await SimStream.create(request);
  await page.goto(stream.url('lang=de'));
  await expect(page.getByRole('status', { name: 'Verbindung' })).toHaveText('Verbunden');
  await stream.chat(twitchLine('welche Tastatur ist das?', { from: { id: '1', name: 'ada' } }));

  const questions = page.getByRole('region', { name: 'Fragen' });
  const item = questions.getByRole('listitem');
  await expect(item).toContainText('welche Tastatur ist das?');
  await expect(item.getByRole('button', { name: 'Beantwortet' })).toBeVisible();
  await expect(item.getByRole('button', { name: 'Antworten' })).toBeVisible();
  await expect(item.getByRole('button', { name: 'Im Stream zeigen' })).toBeVisible();

  const giveaway = page.getByRole('region', { name: 'Verlosung' });
  await expect(giveaway.getByRole('textbox', { name: 'Stichwort' })).toBeVisible();
  await expect(giveaway.getByRole('textbox', { name: 'Sekunden' })).toBeVisible();
  await giveaway.getByRole('textbox', { name: 'Stichwort' }).fill('!mitmachen');
  await giveaway.getByRole('button', { name: 'Verlosung starten' }).click();
  await expect(giveaway).toContainText('0 Teilnahmen');
  await expect(giveaway.getByRole('button', { name: 'Auslosen' })).toBeVisible();

  const english =
    /\b(Questions|Answered|Reply|Feature|Giveaway|Keyword|Seconds|Start giveaway|Draw|entries|entry|open|waiting)\b/;
  expect(await questions.innerText()).not.toMatch(english);
  expect(await giveaway.innerText()).not.toMatch(english);
  expect(await violations(page)).toEqual([]);
});

/** Errors and notices made before or outside React, in the page's language (issue 25). */
const NOTICES = {
  de: {
    notice: 'Hinweis zur Adresse',
    badStream: 'Aus der Adresse: „abc“ ist keine Stream-ID.',
    usage: 'So geht’s: /me TEXT',
  },
  ar: {
    notice: 'ملاحظة حول العنوان',
    badStream: '«abc» ليس معرّف بث',
    usage: 'الاستخدام: ‎/me النص',
  },
} as const;

for (const [lang, words] of Object.entries(NOTICES)) {
  test(`${lang}: a composer error and an address notice speak it`, async ({ page, request }) => {
    const names = LANGUAGES[lang as keyof typeof NOTICES];
    const stream = await SimStream.create(request);
    // The address is read before the language is chosen: its notice still speaks it.
    await page.goto(stream.url(`lang=${lang}&deck=abc`));
    await expect(page.getByRole('status', { name: names.connection })).toHaveText(names.connected);
    await expect(page.getByRole('status', { name: words.notice })).toContainText(words.badStream);
    await page.getByRole('textbox', { name: names.message, exact: true }).fill('/me');
    await page.getByRole('button', { name: names.send, exact: true }).click();
    await expect(page.getByRole('alert').filter({ hasText: '/me' })).toHaveText(words.usage);
    expect(await englishLeftovers(page.locator('body'))).toEqual([]);
    expect(await page.locator('body').innerText()).not.toMatch(/Usage|From the address|stream id/);
  });
}

test('a composer error follows a language switch: it is drawn in the language of the moment', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await page.goto(stream.url('lang=de'));
  await expect(page.getByRole('status', { name: 'Verbindung' })).toHaveText('Verbunden');
  await page.getByRole('textbox', { name: 'Nachricht', exact: true }).fill('/me');
  await page.getByRole('button', { name: 'Senden', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '/me' })).toHaveText(
    'So geht’s: /me TEXT',
  );
  await page.getByRole('button', { name: 'Einstellungen', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Einstellungen' })
    .getByRole('combobox', { name: 'Sprache' })
    .selectOption('es');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('alert').filter({ hasText: '/me' })).toHaveText('Uso: /me TEXTO');
});

test('de: the widget builder speaks German, with no English left and axe passing', async ({
  page,
  request,
}, testInfo) => {
  const stream = await SimStream.create(request);
  await page.goto(`/?builder&lang=de&stream=${stream.id}#token=demo-token`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chatdeck Widget-Baukasten');
  const options = page.getByRole('form', { name: 'Widget-Optionen' });
  await expect(options.getByRole('checkbox', { name: 'Kompakte Zeilen' })).toBeVisible();
  await expect(
    options.getByRole('combobox', { name: 'Farbschema' }).locator('option:checked'),
  ).toHaveText('Dunkel');
  await expect(page.getByRole('region', { name: 'Vorschau' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'URL kopieren', exact: true })).toBeEnabled();
  const overlay = page.getByRole('form', {
    name: 'Optionen des Overlays für gezeigte Nachrichten',
  });
  await expect(overlay.getByRole('textbox', { name: 'Vorlesen (Sprache)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Overlay-URL kopieren' })).toBeVisible();
  // The preview frames speak it too (their copied addresses do not carry the language).
  await expect(
    page
      .frameLocator('iframe[title="Vorschau des Overlays für gezeigte Nachrichten"]')
      .getByText('So sieht eine gezeigte Nachricht im Stream aus!'),
  ).toBeVisible();
  await expect(
    page.frameLocator('iframe[title="Widget-Vorschau"]').getByRole('log', { name: 'Chat' }),
  ).toBeVisible();
  const english =
    /\b(widget builder|Pick the options|Widget options|Lines|Look|Compact rows|Fade out|Hide IRC|Hide private|Stack from|Show chatters|Extra image hosts|Transparent background|Theme|Dark|Light|Font size|Preview|scene|checkerboard|Widget URL|Copy|The token stays|Featured|Hide after|Read aloud|language tag|Sized for)\b/;
  const text = await page.locator('body').innerText();
  expect(text).not.toMatch(english);
  expect(await englishLeftovers(page.locator('body'))).toEqual([]);
  expect(await violations(page)).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('builder-de.png'), fullPage: true });
});

test('ar: the deck’s tab arrows follow the drawn direction (ArrowLeft is the next tab)', async ({
  page,
  request,
}, testInfo) => {
  await page.setViewportSize({ width: 400, height: 720 });
  const first = await SimStream.create(request);
  const second = await SimStream.create(request);
  await page.goto(`/?stream=${first.id},${second.id}&lang=ar#token=demo-token`);
  const tabs = page.getByRole('tablist');
  await expect(tabs.getByRole('tab')).toHaveCount(2);
  const one = tabs.getByRole('tab', { name: `Test stream ${first.id}` });
  const two = tabs.getByRole('tab', { name: `Test stream ${second.id}` });
  // Drawn right to left: the second tab is left of the first.
  const [a, b] = [await one.boundingBox(), await two.boundingBox()];
  expect(b!.x + b!.width).toBeLessThanOrEqual(a!.x);
  await one.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(two).toBeFocused();
  await expect(two).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: `Test stream ${second.id}` })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(one).toBeFocused();
  await expect(page.getByRole('region', { name: `Test stream ${first.id}` })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('arabic-deck-tabs.png') });
});

test('ar: a chat line’s buttons are reached with ArrowLeft, as drawn', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await page.goto(stream.url('lang=ar'));
  await expect(page.getByRole('status', { name: 'الاتصال' })).toHaveText('متصل');
  await stream.chat(twitchLine('مرحبا', { from: { id: '1', name: 'ada' } }));
  const article = page.getByRole('log').getByRole('article');
  await expect(article).toHaveCount(1);
  await article.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(article.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(article).toBeFocused();
});
