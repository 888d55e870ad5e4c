import { describe, expect, it } from 'vitest';
import { readSettings } from '../../config/settings';
import { DEFAULT_WIDGET_OPTIONS, widgetUrl, type WidgetOptions } from './widget-url';

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
});
