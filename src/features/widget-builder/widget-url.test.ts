import { describe, expect, it } from 'vitest';
import { readSettings } from '../../config/settings';
import { parseMultistreamerUrl } from '../../config/multistreamer-url';
import {
  DEFAULT_WIDGET_OPTIONS,
  inLanguage,
  widgetOptionsFromLink,
  widgetUrl,
  type WidgetOptions,
} from './widget-url';

const base = 'https://chatdeck.example/tools/chat/?builder&stream=3';

function options(overrides: Partial<WidgetOptions> = {}): WidgetOptions {
  return {
    ...DEFAULT_WIDGET_OPTIONS,
    server: 'https://chatdeck.example',
    streamId: 3,
    token: 'secret token',
    ...overrides,
  };
}

describe('widgetUrl', () => {
  it('points at the same page in widget mode with the token only in the fragment', () => {
    const { full, masked } = widgetUrl(base, options());
    expect(full).toBe(
      'https://chatdeck.example/tools/chat/?widget&stream=3&hide_pm&from_bottom&transparent&theme=dark#token=secret%20token',
    );
    expect(masked).not.toContain('secret');
    expect(masked).toContain('#token=••••');
  });

  it('names the server only when it is not the page’s own origin', () => {
    const { full } = widgetUrl(base, options({ server: 'https://ms.example/ms' }));
    expect(new URL(full).searchParams.get('server')).toBe('https://ms.example/ms');
  });

  it('reads back, option for option, as the widget will read it', () => {
    const chosen = options({
      compact: true,
      fadeoutSeconds: 30,
      hideIrc: true,
      hidePm: false,
      fromBottom: false,
      showPicture: true,
      transparent: false,
      theme: 'light',
      fontSize: 22,
      imageHosts: 'cdn.example, *.emotes.example, not a host!',
    });
    const url = new URL(widgetUrl(base, chosen).full);
    const settings = readSettings(url);
    expect(settings).toMatchObject({
      widget: true,
      streamId: 3,
      token: 'secret token',
      compact: true,
      fadeoutSeconds: 30,
      hideIrc: true,
      hidePm: false,
      fromBottom: false,
      showPicture: true,
      transparent: false,
      theme: 'light',
      fontSize: 22,
      imageHosts: ['cdn.example', '*.emotes.example'],
    });
  });

  it('takes a pasted multistreamer widget address: server, stream, token and options', () => {
    const link = parseMultistreamerUrl(
      'https://ms.example/pre/stream/21/chat?token=abc&widget&font_size=16&hide_irc&hide_pm&from_bottom&show_picture&fadeout=20&compact&night_mode=false',
    )!;
    const taken = widgetOptionsFromLink(link, options({ hidePm: false, fromBottom: false }));
    expect(taken).toMatchObject({
      server: 'https://ms.example/pre',
      streamId: 21,
      token: 'abc',
      fontSize: 16,
      hideIrc: true,
      hidePm: true,
      fromBottom: true,
      showPicture: true,
      fadeoutSeconds: 20,
      compact: true,
      theme: 'light',
    });
    const url = new URL(widgetUrl(base, taken).full);
    expect(url.searchParams.get('server')).toBe('https://ms.example/pre');
    expect(url.hash).toBe('#token=abc');
  });
});

describe('the preview frames', () => {
  it('speak the builder’s language, the flags kept as written', () => {
    const preview = inLanguage('https://chatdeck.example/tools/chat/?featured&preview', 'de');
    expect(preview).toBe('https://chatdeck.example/tools/chat/?featured&preview&lang=de');
    const url = new URL(preview);
    expect(readSettings({ search: url.search, hash: '', origin: url.origin })).toMatchObject({
      featured: true,
      preview: true,
    });
  });
});
