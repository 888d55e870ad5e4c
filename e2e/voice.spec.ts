import type { Page } from '@playwright/test';
import { SimStream, expect, openDashboard, test, twitchLine } from './support';

/**
 * Read chat aloud, notify when hidden, pause on hover. The page's speech synthesis and
 * Notification are stubs that record what would be said and shown.
 */

interface Spoken {
  text: string;
  rate: number;
  volume: number;
  voice: string | null;
  lang: string;
}
interface Shown {
  title: string;
  body: string;
}
interface Recorder {
  spoken: Spoken[];
  cancels: number;
  speechMs: number;
  notes: Array<Shown & { onclick: (() => void) | null }>;
  permissionAsked: number;
  setHidden(hidden: boolean): void;
}

async function stubSpeechAndNotifications(page: Page) {
  await page.addInitScript(() => {
    const recorder = {
      spoken: [],
      cancels: 0,
      speechMs: 500,
      notes: [],
      permissionAsked: 0,
      setHidden: (value: boolean) => {
        hidden = value;
        document.dispatchEvent(new Event('visibilitychange'));
      },
    } as unknown as Recorder;
    (window as unknown as { recorder: Recorder }).recorder = recorder;

    class FakeUtterance {
      voice: { name: string; lang: string } | null = null;
      lang = '';
      rate = 1;
      volume = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    const voices = [
      {
        name: 'Chatdeck English',
        lang: 'en-US',
        voiceURI: 'chatdeck-en',
        default: true,
        localService: true,
      },
      {
        name: 'Chatdeck Deutsch',
        lang: 'de-DE',
        voiceURI: 'chatdeck-de',
        default: false,
        localService: true,
      },
    ];
    let current: FakeUtterance | null = null;
    let timer = 0;
    const synth = Object.assign(new EventTarget(), {
      speak(utterance: FakeUtterance) {
        current = utterance;
        recorder.spoken.push({
          text: utterance.text,
          rate: utterance.rate,
          volume: utterance.volume,
          voice: utterance.voice?.name ?? null,
          lang: utterance.lang,
        });
        timer = window.setTimeout(() => {
          if (current !== utterance) return;
          current = null;
          utterance.onend?.();
        }, recorder.speechMs);
      },
      cancel() {
        recorder.cancels += 1;
        const interrupted = current;
        current = null;
        clearTimeout(timer);
        if (interrupted) setTimeout(() => interrupted.onerror?.(), 0);
      },
      getVoices: () => voices,
    });
    Object.defineProperty(synth, 'speaking', { get: () => current !== null });
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', {
      value: FakeUtterance,
      configurable: true,
    });

    class FakeNotification {
      static permission: NotificationPermission = 'default';
      static requestPermission() {
        recorder.permissionAsked += 1;
        FakeNotification.permission = 'granted';
        return Promise.resolve('granted' as const);
      }
      onclick: (() => void) | null = null;
      readonly body: string;
      constructor(
        readonly title: string,
        options: { body: string },
      ) {
        this.body = options.body;
        recorder.notes.push(this);
      }
      close() {}
    }
    Object.defineProperty(window, 'Notification', { value: FakeNotification, configurable: true });

    let hidden = false;
    Object.defineProperty(document, 'visibilityState', {
      get: () => (hidden ? 'hidden' : 'visible'),
      configurable: true,
    });
    Object.defineProperty(document, 'hidden', { get: () => hidden, configurable: true });
  });
}

/** Reading settings kept on the device before the page opens (those not named: defaults). */
async function keepSettings(page: Page, settings: Record<string, unknown>) {
  await page.addInitScript(
    (value) => {
      if (!sessionStorage.getItem('settings-kept')) {
        localStorage.setItem('chatdeck:reading', value);
        sessionStorage.setItem('settings-kept', '1');
      }
    },
    JSON.stringify({ version: 1, settings }),
  );
}

type Recorded = Window & { recorder: Recorder };
const spokenTexts = (page: Page) =>
  page.evaluate(() => (window as unknown as Recorded).recorder.spoken.map((said) => said.text));
const spokenAll = (page: Page) =>
  page.evaluate(() => (window as unknown as Recorded).recorder.spoken);
const cancels = (page: Page) =>
  page.evaluate(() => (window as unknown as Recorded).recorder.cancels);
const permissionAsked = (page: Page) =>
  page.evaluate(() => (window as unknown as Recorded).recorder.permissionAsked);
const shownNotes = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as Recorded).recorder.notes.map(({ title, body }) => ({ title, body })),
  );
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate((value) => (window as unknown as Recorded).recorder.setHidden(value), hidden);

/** A private message to the streamer on the internal IRC. */
const whisper = (text: string) => ({
  type: 'text',
  network: 'irc',
  account_id: 0,
  stream_id: 1,
  relay: false,
  from: { id: 2, name: 'alice' },
  to: { id: 1, name: 'demo' },
  text,
  markdown: text,
});

async function openWithVoice(
  page: Page,
  request: Parameters<typeof SimStream.create>[0],
  settings: Record<string, unknown>,
  query = '',
) {
  await stubSpeechAndNotifications(page);
  await keepSettings(page, settings);
  const stream = await SimStream.create(request);
  await openDashboard(page, stream, query);
  await page.clock.install();
  return stream;
}

test.describe('read chat aloud', () => {
  test('reads every line at most one each 3 s, dropping the rest: never a queue', async ({
    page,
    request,
    baseURL,
  }) => {
    const stream = await openWithVoice(
      page,
      request,
      { readAloud: true, readWhich: 'all' },
      `emote_api=${encodeURIComponent(baseURL!)}`,
    );
    // Let the channel's emotes arrive first (they are not read).
    await stream.chat(twitchLine('warming up KEKW'));
    await expect(page.getByRole('img', { name: 'KEKW' })).toBeVisible();
    await expect.poll(() => spokenTexts(page)).toHaveLength(1);

    // Links said as their host; emotes (Twitch's and the channel's) left out; repeats said once.
    await page.clock.fastForward(3_100);
    await stream.chat(
      twitchLine('x', {
        text: 'look https://www.example.com/a?b=1 KEKW Kappa noooooo no',
        markdown: `look [https://www.example.com/a?b=1](https://www.example.com/a?b=1) KEKW ![Kappa](${baseURL}/emoticons/v1/25/1.0) noooooo no`,
      }),
    );
    await expect.poll(() => spokenTexts(page)).toHaveLength(2);
    expect((await spokenTexts(page))[1]).toBe('viewer one: look example.com no');

    // Three lines at once, 3 s on: one is read, the other two dropped, now and later.
    await page.clock.fastForward(3_100);
    await stream.chat(
      twitchLine('one of three'),
      twitchLine('two of three'),
      twitchLine('three of three'),
    );
    await expect(page.getByRole('log', { name: 'Chat' })).toContainText('three of three');
    await page.clock.fastForward(1_000);
    expect(await spokenTexts(page)).toHaveLength(3);
    await page.clock.fastForward(5_000);
    expect(await spokenTexts(page)).toHaveLength(3);

    // Later, the next line is read; the synthesis never held more than the one line.
    await stream.chat(twitchLine('and now this one'));
    await expect.poll(() => spokenTexts(page)).toHaveLength(4);
    expect((await spokenTexts(page)).at(-1)).toBe('viewer one: and now this one');
    expect(await cancels(page)).toBe(4);
  });

  test('Highlights and !say read only those lines', async ({ page, request }) => {
    const stream = await openWithVoice(page, request, { readAloud: true, readWhich: 'highlights' });
    await stream.chat(twitchLine('an ordinary line'), twitchLine('hey @chatdeck_live how are you'));
    await expect
      .poll(() => spokenTexts(page))
      .toEqual(['viewer one: hey @chatdeck_live how are you']);

    await page.evaluate(() => {
      const kept = JSON.parse(localStorage.getItem('chatdeck:reading')!);
      kept.settings.readWhich = 'say';
      localStorage.setItem('chatdeck:reading', JSON.stringify(kept));
    });
    await page.reload();
    await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected');
    await stream.chat(twitchLine('@chatdeck_live not this'), twitchLine('!say hello everyone'));
    await expect.poll(() => spokenTexts(page)).toEqual(['viewer one: hello everyone']);
  });

  test('never reads hidden lines, nor private messages in streamer mode', async ({
    page,
    request,
  }) => {
    const stream = await openWithVoice(page, request, {
      readAloud: true,
      readWhich: 'all',
      hiddenWords: ['spoiler'],
      streamerMode: true,
    });
    await stream.chat(whisper('a secret for you'), twitchLine('big spoiler ahead'));
    await expect(page.getByRole('button', { name: '1 hidden' })).toBeVisible();
    await page.clock.fastForward(4_000);
    await stream.chat(twitchLine('a line to read'));
    await expect.poll(() => spokenTexts(page)).toEqual(['viewer one: a line to read']);
    await page.clock.fastForward(4_000);
    await stream.chat(whisper('another secret'));
    await page.clock.fastForward(1_000);
    expect(await spokenTexts(page)).toEqual(['viewer one: a line to read']);
  });

  test('"Stop reading" shows while a line is read, and stops it', async ({ page, request }) => {
    const stream = await openWithVoice(page, request, { readAloud: true, readWhich: 'all' });
    await page.evaluate(() => {
      (window as unknown as Recorded).recorder.speechMs = 60_000;
    });
    const stop = page.getByRole('button', { name: 'Stop reading' });
    await expect(stop).toHaveCount(0);
    await stream.chat(twitchLine('a rather long line to read'));
    await expect(stop).toBeVisible();
    const before = await cancels(page);
    // By keyboard: the focus goes on to the next control of the header.
    await stop.focus();
    await page.keyboard.press('Enter');
    await expect(stop).toHaveCount(0);
    expect(await cancels(page)).toBe(before + 1);
    await expect(page.getByRole('button', { name: 'Search' })).toBeFocused();
  });
});

test('Settings: read aloud with the chosen lines, voice and speed; notifications asked for only there', async ({
  page,
  request,
}) => {
  await stubSpeechAndNotifications(page);
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  expect(await permissionAsked(page)).toBe(0);

  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('checkbox', { name: 'Read chat aloud' }).check();
  const which = dialog.getByRole('combobox', { name: 'Read which lines' });
  await expect(which.getByRole('option')).toHaveText([
    'All lines',
    'Highlights',
    'Lines starting with !say',
  ]);
  await which.selectOption({ label: 'All lines' });
  await dialog
    .getByRole('combobox', { name: 'Voice' })
    .selectOption({ label: 'Chatdeck Deutsch (de-DE)' });
  await dialog.getByRole('slider', { name: 'Reading speed' }).fill('1.5');
  await dialog.getByRole('slider', { name: 'Reading volume' }).fill('0.5');
  await expect(
    dialog.getByRole('checkbox', { name: 'Pause while the pointer is on chat' }),
  ).toBeChecked();

  await dialog.getByRole('checkbox', { name: 'Notify when hidden' }).check();
  expect(await permissionAsked(page)).toBe(1);
  await expect(dialog.getByRole('checkbox', { name: 'Notify when hidden' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Done' }).click();

  await stream.chat(twitchLine('guten tag'));
  await expect
    .poll(() => spokenAll(page))
    .toEqual([
      {
        text: 'viewer one: guten tag',
        rate: 1.5,
        volume: 0.5,
        voice: 'Chatdeck Deutsch',
        lang: 'de-DE',
      },
    ]);
});

test('notifies a mention while the page is hidden, one each 10 s, and a click shows the line', async ({
  page,
  request,
}) => {
  const stream = await openWithVoice(page, request, { notifyHidden: true });
  await page.evaluate(() => {
    (Notification as unknown as { permission: string }).permission = 'granted';
  });
  // Visible: no notification.
  await stream.chat(twitchLine('@chatdeck_live seen here'));
  await expect(page.getByRole('log', { name: 'Chat' })).toContainText('seen here');
  await setHidden(page, true);
  await stream.chat(twitchLine('just chatting'), twitchLine('@chatdeck_live are you there?'));
  await expect
    .poll(() => shownNotes(page))
    .toEqual([{ title: 'viewer_one on Twitch', body: '@chatdeck_live are you there?' }]);
  await stream.chat(twitchLine('@chatdeck_live hello again'));
  await expect(page.getByRole('log', { name: 'Chat' })).toContainText('hello again');
  await page.clock.fastForward(2_000);
  expect(await shownNotes(page)).toHaveLength(1);
  await page.clock.fastForward(10_000);
  await stream.chat(twitchLine('@chatdeck_live third time'));
  await expect.poll(() => shownNotes(page)).toHaveLength(2);

  // A burst of other lines, then the click: the dashboard shows that line, marked.
  await stream.control('burst', { count: 200 });
  await expect(page.getByRole('log', { name: 'Chat' })).toContainText('#200');
  await setHidden(page, false);
  await page.evaluate(() => (window as unknown as Recorded).recorder.notes[0]!.onclick?.());
  const line = page.locator('.found-line');
  await expect(line).toContainText('are you there?');
  await expect(line).toBeInViewport();
});

test('the log pauses while the pointer rests on it, says how many lines wait, and follows again', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const chat = page.getByRole('log', { name: 'Chat' });
  await stream.control('burst', { count: 60 });
  await expect(chat).toContainText('#60');
  await chat.hover();
  await stream.control('burst', { count: 5, first: 61 });
  const waiting = page.getByRole('button', { name: /^Paused: 5 new messages$/ });
  await expect(waiting).toBeVisible();
  const line = (number: number) =>
    chat.getByRole('article').filter({ hasText: new RegExp(`#${number}(?!\\d)`) });
  await expect(line(65)).not.toBeInViewport();
  const top = await chat.evaluate((element) => element.scrollTop);
  await stream.control('burst', { count: 3, first: 66 });
  await expect(page.getByRole('button', { name: /^Paused: 8 new messages$/ })).toBeVisible();
  expect(await chat.evaluate((element) => element.scrollTop)).toBe(top);

  await page.mouse.move(5, 5);
  await expect(line(68)).toBeInViewport();
  await expect(page.getByRole('button', { name: /new messages/ })).toHaveCount(0);
});

test('the line under the pointer stays where it is as the log pauses, and its Feature takes the click', async ({
  page,
  request,
}) => {
  const stream = await SimStream.create(request);
  await openDashboard(page, stream);
  const chat = page.getByRole('log', { name: 'Chat' });
  await stream.control('burst', { count: 40 });
  await expect(chat).toContainText('#40');
  const newest = chat.getByRole('article').filter({ hasText: /#40(?!\d)/ });
  const before = await newest.boundingBox();
  // The pointer comes onto the newest line, at the log's bottom edge: the paused bar appears
  // and the line does not move from under it, nor does anything cover it.
  const pointer = { x: before!.x + before!.width / 2, y: before!.y + before!.height - 4 };
  const underPointer = () =>
    page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('article')?.textContent ?? null,
      pointer,
    );
  await page.mouse.move(pointer.x, pointer.y);
  await expect(page.getByRole('button', { name: 'Paused: no new messages' })).toBeVisible();
  expect(await newest.boundingBox()).toEqual(before);
  expect(await underPointer()).toContain('#40');
  await stream.control('burst', { count: 5, first: 41 });
  await expect(page.getByRole('button', { name: 'Paused: 5 new messages' })).toBeVisible();
  expect(await newest.boundingBox()).toEqual(before);
  expect(await underPointer()).toContain('#40');
  // A click where the line's Feature button is drawn lands on it (no scrolling in between).
  const feature = await newest.getByRole('button', { name: 'Feature' }).boundingBox();
  await page.mouse.click(feature!.x + feature!.width / 2, feature!.y + feature!.height / 2);
  await expect(page.getByRole('region', { name: 'On stream' })).toContainText('#40');
});
