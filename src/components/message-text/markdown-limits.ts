/** How much markdown a chat line may hold and still be parsed; cheap checks, no parser. */

/** Line breaks a chat line keeps; the rest become spaces, so no row is taller than a few. */
export const MAX_LINE_BREAKS = 3;

/**
 * Emphasis delimiters (`*`, `_`, `~`) or link openers (`[`) a line may hold and still be
 * parsed: runs of them cost micromark more than linearly (1,000 `*a` took 70 ms). A line with
 * more of either is shown as the text that was typed. 33 emotes, the most a clipped line can
 * carry, use 33 `[`.
 */
export const MAX_DELIMITERS = 100;

/**
 * Folds blank lines into one break and turns every break past the first few into a space.
 * With block constructs gone, a blank line would only glue two paragraphs together.
 */
export function capLineBreaks(markdown: string): string {
  let breaks = 0;
  return markdown
    .replace(/\r\n?/g, '\n')
    .replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n')
    .replace(/\n/g, () => (++breaks > MAX_LINE_BREAKS ? ' ' : '\n'));
}

/** True when a line is too dense with delimiters to be worth parsing. */
export function isDelimiterDense(markdown: string): boolean {
  let emphasis = 0;
  let links = 0;
  for (let index = 0; index < markdown.length; index += 1) {
    const code = markdown.charCodeAt(index);
    // * _ ~
    if (code === 42 || code === 95 || code === 126) emphasis += 1;
    // [
    else if (code === 91) links += 1;
    else continue;
    if (emphasis > MAX_DELIMITERS || links > MAX_DELIMITERS) return true;
  }
  return false;
}
