/** Brand colours of the networks multistreamer knows; others get a neutral one. */
export const NETWORK_COLORS: Readonly<Record<string, string>> = {
  twitch: '#9146ff',
  youtube: '#ff0033',
  facebook: '#1877f2',
  mixer: '#1fbaed',
  irc: '#64748b',
};

const NEUTRAL = '#71717a';

export function networkColor(network: string): string {
  return Object.hasOwn(NETWORK_COLORS, network) ? NETWORK_COLORS[network]! : NEUTRAL;
}

const HEX_COLOR = /#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})\b/i;

/** The first hex colour in a network's untrusted `network_icon_css`; nothing else is used. */
export function colorFromIconCss(css: string | undefined): string | undefined {
  return css ? HEX_COLOR.exec(css)?.[0] : undefined;
}

/** An untrusted SVG icon as an image URL: inside <img>, SVG can neither run script nor load. */
export function svgImageUrl(svg: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
