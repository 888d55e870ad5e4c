import { safeHttpUrl } from './safe-url';

/** The CDNs of Twitch's third-party emotes: FrankerFaceZ, BetterTTV and 7TV. */
export const THIRD_PARTY_EMOTE_HOSTS: readonly string[] = [
  'cdn.frankerfacez.com',
  'cdn.betterttv.net',
  'cdn.7tv.app',
];

/**
 * Hosts that serve the emotes and avatars of the networks multistreamer relays: Twitch's emote
 * and avatar CDN, YouTube's avatar and custom-emoji host, and the CDNs of Twitch's third-party
 * emotes. Any other image in chat is shown as its alt text and never fetched, so a chatter
 * cannot make every viewer's browser contact a host of their choosing.
 */
export const DEFAULT_IMAGE_HOSTS: readonly string[] = [
  'static-cdn.jtvnw.net',
  'yt3.ggpht.com',
  ...THIRD_PARTY_EMOTE_HOSTS,
];

/** Which images chat may load. */
export interface ImagePolicy {
  /** The hosts (and origins) allowed, for the Content Security Policy and for display. */
  readonly sources: readonly string[];
  /** The multistreamer's origin, whose own images are allowed (null when not a URL). */
  readonly origin: string | null;
  /** True when this already-checked http(s) URL may be fetched. */
  allows(url: string): boolean;
}

// A host name as a user types it: `cdn.example`, `*.example`, with an optional port.
const HOST_ENTRY =
  /^(\*\.)?[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+(:\d{1,5})?$/;

/** Reads a list of extra image hosts (`a.example, *.b.example`); invalid entries are dropped. */
export function parseImageHosts(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .map((entry) =>
      entry
        .trim()
        .toLowerCase()
        .replace(/^https:\/\//, '')
        .replace(/\/+$/, ''),
    )
    .filter((entry) => HOST_ENTRY.test(entry));
}

/** The origin of a multistreamer address (`ws(s)` read as `http(s)`), or undefined. */
export function serverOrigin(server: string): string | undefined {
  const url = safeHttpUrl(server.replace(/^ws(s?):\/\//i, 'http$1://'));
  return url ? new URL(url).origin : undefined;
}

/**
 * Images may come over https from the default hosts and the hosts the user added, and from the
 * multistreamer server's own origin and `extraOrigins` (each over its own scheme: a mirror of
 * the emote APIs given by `emote_api`).
 */
export function createImagePolicy(
  server: string,
  extraHosts: readonly string[] = [],
  extraOrigins: readonly string[] = [],
): ImagePolicy {
  const origin = serverOrigin(server);
  const hosts = [...new Set([...DEFAULT_IMAGE_HOSTS, ...extraHosts])];
  const exact = new Set(hosts.filter((host) => !host.startsWith('*.')));
  const suffixes = hosts.filter((host) => host.startsWith('*.')).map((host) => host.slice(1));
  const origins = new Set(
    [origin, ...extraOrigins.map(serverOrigin)].filter((entry) => entry !== undefined),
  );
  return {
    sources: [...hosts, ...origins],
    origin: origin ?? null,
    allows(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      if (origins.has(parsed.origin)) return true;
      if (parsed.protocol !== 'https:') return false;
      const host = parsed.host.toLowerCase();
      return exact.has(host) || suffixes.some((suffix) => host.endsWith(suffix));
    },
  };
}
