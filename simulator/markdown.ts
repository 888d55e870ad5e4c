/**
 * Escapes chat text the way multistreamer does before adding emote images, with its one
 * exception: a word that starts with http:// or https:// becomes a link to itself, unescaped.
 */
export function escapeMarkdown(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) =>
      /^https?:\/\//.test(word)
        ? `[${word}](${word})`
        : word.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (char) => `\\${char}`),
    )
    .join('');
}

/** JSON as multistreamer's encoder writes it: `/` as `\/` (any JSON parser reads it). */
export function multistreamerJson(value: unknown): string {
  return JSON.stringify(value).replace(/\//g, '\\/');
}
