/** Hosts known to serve the same files over https; their http URLs are upgraded. */
const HTTPS_HOSTS = [
  /(^|\.)jtvnw\.net$/,
  /(^|\.)twitch\.tv$/,
  /(^|\.)ggpht\.com$/,
  /(^|\.)googleusercontent\.com$/,
  /(^|\.)fbcdn\.net$/,
];

// Control characters and whitespace inside a URL are how scheme filters get tricked.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0020\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]/;

/**
 * Returns the URL in canonical form when it is an absolute http(s) URL without credentials,
 * else undefined. Relative, protocol-relative, `javascript:`, `data:` and every other
 * scheme are refused. Known CDNs are upgraded to https.
 */
export function safeHttpUrl(raw: string | null | undefined): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const candidate = raw.trim();
  if (candidate.length === 0 || candidate.length > 2048 || UNSAFE_CHARS.test(candidate)) {
    return undefined;
  }
  if (!/^https?:\/\/[^/\\]/i.test(candidate)) return undefined;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password || !url.hostname) return undefined;
  if (url.protocol === 'http:' && HTTPS_HOSTS.some((host) => host.test(url.hostname))) {
    url.protocol = 'https:';
  }
  return url.href;
}

/** A URL's host, or null when it is not a URL. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"]+/gi;

/** Text with every address cut down to its host (streamer mode: no link target is shown). */
export function hostsOnly(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => hostOf(url) ?? url);
}
