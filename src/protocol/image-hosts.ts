import { safeHttpUrl } from './safe-url';

/**
 * Hosts that serve the emotes and avatars of the networks multistreamer relays: Twitch's emote
 * and avatar CDN, and YouTube's avatar and custom-emoji host. Any other image in chat is shown
 * as its alt text and never fetched, so a chatter cannot make every viewer's browser contact a
 * host of their choosing.
 */
export const DEFAULT_IMAGE_HOSTS: readonly string[] = ['static-cdn.jtvnw.net', 'yt3.ggpht.com'];

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
 * multistreamer server's own origin (over its own scheme).
 */
export function createImagePolicy(server: string, extraHosts: readonly string[] = []): ImagePolicy {
  const origin = serverOrigin(server);
  const hosts = [...new Set([...DEFAULT_IMAGE_HOSTS, ...extraHosts])];
  const exact = new Set(hosts.filter((host) => !host.startsWith('*.')));
  const suffixes = hosts.filter((host) => host.startsWith('*.')).map((host) => host.slice(1));
  return {
    sources: origin ? [...hosts, origin] : hosts,
    origin: origin ?? null,
    allows(url) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return false;
      }
      if (parsed.origin === origin) return true;
      if (parsed.protocol !== 'https:') return false;
      const host = parsed.host.toLowerCase();
      return exact.has(host) || suffixes.some((suffix) => host.endsWith(suffix));
    },
  };
}
