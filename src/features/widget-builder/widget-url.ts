import type { MultistreamerLink } from '../../config/multistreamer-url';
import { readSettings, type Settings } from '../../config/settings';
import { parseImageHosts } from '../../protocol/image-hosts';

/** What a streamer picks in the builder; becomes the widget's address. */
export type WidgetOptions = Pick<
  Settings,
  | 'compact'
  | 'fadeoutSeconds'
  | 'hideIrc'
  | 'hidePm'
  | 'fromBottom'
  | 'showPicture'
  | 'transparent'
  | 'theme'
> & {
  server: string;
  streamId: number | null;
  token: string;
  fontSize: number | null;
  /** Image hosts beside Twitch's and YouTube's, as typed (`cdn.example, *.emotes.example`). */
  imageHosts: string;
};

export const DEFAULT_WIDGET_OPTIONS: Omit<WidgetOptions, 'server' | 'streamId' | 'token'> = {
  compact: false,
  fadeoutSeconds: null,
  hideIrc: false,
  hidePm: true,
  fromBottom: true,
  showPicture: false,
  transparent: true,
  theme: 'dark',
  fontSize: null,
  imageHosts: '',
};

const MASK = '••••••••';

/**
 * The widget's address: Chatdeck's own page (`base`) in widget mode with the chosen options,
 * `server` only when it is not the page's own origin, and the token in the `#` fragment
 * (never sent to any server, removed from the address bar by the widget).
 * `masked` is the same address with the token hidden, for showing on screen; `preview` the
 * address of the builder's preview, without the token.
 */
export function widgetUrl(
  base: string,
  options: WidgetOptions,
): { full: string; masked: string; preview: string } {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  const params = new URLSearchParams();
  params.set('widget', '');
  if (options.server && !isPageOrigin(options.server, url.origin)) {
    params.set('server', options.server);
  }
  if (options.streamId !== null) params.set('stream', String(options.streamId));
  if (options.compact) params.set('compact', '');
  if (options.fadeoutSeconds !== null) params.set('fadeout', String(options.fadeoutSeconds));
  if (options.hideIrc) params.set('hide_irc', '');
  if (options.hidePm) params.set('hide_pm', '');
  if (options.fromBottom) params.set('from_bottom', '');
  if (options.showPicture) params.set('show_picture', '');
  if (options.transparent) params.set('transparent', '');
  if (options.theme !== 'system') params.set('theme', options.theme);
  if (options.fontSize !== null) params.set('font_size', String(options.fontSize));
  const imageHosts = parseImageHosts(options.imageHosts);
  if (imageHosts.length > 0) params.set('image_hosts', imageHosts.join(','));
  // `widget&compact` reads better than `widget=&compact=`.
  url.search = params.toString().replace(/=(?=&|$)/g, '');
  const token = options.token.trim();
  const preview = new URL(url);
  preview.search = `${url.search}&preview`;
  return {
    full: token ? `${url.href}#token=${encodeURIComponent(token)}` : url.href,
    masked: token ? `${url.href}#token=${MASK}` : url.href,
    // The builder's preview frame: no token in its address (see `rememberPreviewToken`).
    preview: preview.href,
  };
}

/**
 * The builder's options for a pasted multistreamer widget address: its server, stream, token
 * and every option it carried, read the way the widget itself will read them.
 */
export function widgetOptionsFromLink(
  link: MultistreamerLink,
  current: WidgetOptions,
): WidgetOptions {
  const query = new URLSearchParams(link.options);
  const read = readSettings({ search: `?${query}`, hash: '', origin: link.server });
  return {
    ...current,
    server: link.server,
    streamId: link.streamId,
    token: link.token ?? current.token,
    compact: read.compact,
    fadeoutSeconds: read.fadeoutSeconds,
    hideIrc: read.hideIrc,
    hidePm: read.hidePm,
    fromBottom: read.fromBottom,
    showPicture: read.showPicture,
    theme: read.theme,
    fontSize: read.fontSize ?? null,
  };
}

/** True when `server` is just the page's origin (the widget's default), prefix-free. */
function isPageOrigin(server: string, origin: string): boolean {
  const parsed = new URL(server);
  return parsed.origin === origin && parsed.pathname.replace(/\/+$/, '') === '';
}

export interface FeaturedOverlayOptions {
  /** Seconds a featured line stays; null until cleared. */
  showtimeSeconds: number | null;
  /** Read featured lines aloud in this language (`en-US`); empty for silence. */
  speechLang: string;
  imageHosts: string;
  /** The multistreamer whose images (emotes, pictures) it shows; omitted for the page's own. */
  server?: string;
}

/**
 * The featured-line overlay's address: Chatdeck's own page with `featured` and its options.
 * It needs no server, stream or token: the dashboard of the same origin tells it the line.
 */
export function featuredOverlayUrl(base: string, options: FeaturedOverlayOptions): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  const params = new URLSearchParams();
  params.set('featured', '');
  // Its image hosts come from its own address, never from a message it receives.
  if (options.server && URL.canParse(options.server) && !isPageOrigin(options.server, url.origin)) {
    params.set('server', options.server);
  }
  if (options.showtimeSeconds !== null) params.set('showtime', String(options.showtimeSeconds));
  if (options.speechLang.trim()) params.set('speech', options.speechLang.trim());
  const imageHosts = parseImageHosts(options.imageHosts);
  if (imageHosts.length > 0) params.set('image_hosts', imageHosts.join(','));
  url.search = params.toString().replace(/=(?=&|$)/g, '');
  return url.href;
}

/** A preview frame speaks the builder's language (a copied address does not carry it). */
export function inLanguage(address: string, locale: string): string {
  const url = new URL(address);
  // Appended, not re-serialized: the flags stay as written (`?featured&preview`).
  url.search = `${url.search ? `${url.search}&` : '?'}lang=${encodeURIComponent(locale)}`;
  return url.href;
}
