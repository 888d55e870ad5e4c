// Readable on both the light and the dark theme.
const AUTHOR_COLORS = [
  '#e0457b',
  '#d9622b',
  '#b7791f',
  '#2f9e44',
  '#0c8599',
  '#1c7ed6',
  '#7048e8',
  '#ae3ec9',
  '#c2255c',
  '#5c940d',
];

/** A stable colour per chatter name, so a name is easy to follow in a busy chat. */
export function authorColor(name: string): string {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  return AUTHOR_COLORS[hash % AUTHOR_COLORS.length]!;
}
