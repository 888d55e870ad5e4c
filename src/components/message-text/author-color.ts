/**
 * Author colours in pairs: the first reads on the light theme, the second on the dark one,
 * both at WCAG AA contrast (4.5:1) against the chat background.
 */
export const AUTHOR_COLORS: ReadonlyArray<readonly [light: string, dark: string]> = [
  ['#be185d', '#f472b6'],
  ['#c2410c', '#fb923c'],
  ['#a16207', '#facc15'],
  ['#15803d', '#4ade80'],
  ['#0e7490', '#22d3ee'],
  ['#1d4ed8', '#60a5fa'],
  ['#6d28d9', '#a78bfa'],
  ['#a21caf', '#e879f9'],
  ['#be123c', '#fb7185'],
  ['#4d7c0f', '#a3e635'],
];

/**
 * A stable colour pair per chatter name, so a name is easy to follow in a busy chat: the class
 * `author-cN` sets `--author-light` and `--author-dark` (index.css), and `.author-name` picks
 * the one for the current theme. A class, not an inline style: a flood mounts hundreds of names
 * a second.
 */
export function authorColorClass(name: string): string {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) >>> 0;
  return `author-c${hash % AUTHOR_COLORS.length}`;
}
