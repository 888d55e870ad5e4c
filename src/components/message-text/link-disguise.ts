// Link text that reads like an address: `https://twitch.tv/you`, `www.twitch.tv`, `twitch.tv/x`.
const LOOKS_LIKE_ADDRESS =
  /^\s*(?:https?:\/\/)?((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?::\d+)?(?:[/?#]\S*)?\s*$/iu;

function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/**
 * When a link's text reads like an address on another host than the one it goes to, returns
 * the real host to show beside it; otherwise null. `[https://twitch.tv/you](https://evil.example)`
 * gives `evil.example`.
 */
export function realHostIfDisguised(linkText: string, href: string): string | null {
  const shown = LOOKS_LIKE_ADDRESS.exec(linkText);
  if (!shown) return null;
  let real: string;
  try {
    real = new URL(href).hostname;
  } catch {
    return null;
  }
  let shownHost: string;
  try {
    shownHost = new URL(`https://${shown[1]!}`).hostname;
  } catch {
    return real;
  }
  return bareHost(shownHost) === bareHost(real) ? null : real;
}
