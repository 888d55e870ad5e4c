/** multistreamer's own chat widget options, carried over as Chatdeck reads them too. */
export const WIDGET_OPTIONS = [
  'widget',
  'font_size',
  'hide_irc',
  'hide_pm',
  'from_bottom',
  'show_picture',
  'fadeout',
  'compact',
  'night_mode',
] as const;

/** What a multistreamer chat or widget address says: where, which stream, whose token, how. */
export interface MultistreamerLink {
  /** The instance with its prefix: `https://host/prefix`. */
  server: string;
  streamId: number;
  token?: string;
  /** The widget options it carried, in its order, values as written (`''` for a bare flag). */
  options: Array<[string, string]>;
}

// multistreamer serves chat at PREFIX/stream/ID/chat and its widget setup at .../chat/widget.
const CHAT_PATH = /^(.*?)\/stream\/([1-9]\d{0,9})\/chat(?:\/widget)?\/?$/;

/**
 * Reads a multistreamer chat or widget address
 * (`https://host/prefix/stream/21/chat?token=…&widget&font_size=16`), or null when the text
 * is not one.
 */
export function parseMultistreamerUrl(text: string): MultistreamerLink | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const match = CHAT_PATH.exec(url.pathname);
  if (!match) return null;
  const link: MultistreamerLink = {
    server: `${url.origin}${match[1]!.replace(/\/+$/, '')}`,
    streamId: Number(match[2]),
    options: [],
  };
  const token = url.searchParams.get('token')?.trim();
  if (token) link.token = token;
  for (const [name, value] of url.searchParams) {
    if ((WIDGET_OPTIONS as readonly string[]).includes(name)) link.options.push([name, value]);
  }
  return link;
}

/**
 * Chatdeck's own address for a multistreamer link: the same page with `server`, `stream` and
 * the widget options in the query, the token in the fragment (never sent to a server).
 */
export function chatdeckAddress(page: string, link: MultistreamerLink): string {
  const url = new URL(page);
  const params = new URLSearchParams();
  params.set('server', link.server);
  params.set('stream', String(link.streamId));
  for (const [name, value] of link.options) params.set(name, value);
  // `widget&hide_irc` reads better than `widget=&hide_irc=`.
  url.search = params.toString().replace(/=(?=&|$)/g, '');
  url.hash = link.token ? `token=${encodeURIComponent(link.token)}` : '';
  return url.href;
}
