import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import type { Processor } from 'unified';

/**
 * Every block construct of CommonMark, and raw HTML. A chat line is one paragraph: block
 * quotes, lists and headings nest without bound (2,000 `>` froze the page for seconds),
 * definitions make reference-style images, and HTML is shown as the text that was typed.
 */
export const DISABLED_CONSTRUCTS = [
  'blockQuote',
  'list',
  'headingAtx',
  'setextUnderline',
  'codeFenced',
  'codeIndented',
  'thematicBreak',
  'htmlFlow',
  'htmlText',
  'definition',
];

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
 * Chat markdown as micromark should read it: inline constructs only, plus `~~strike~~`
 * (and nothing else of GFM: tables, footnotes and autolinks are not chat).
 */
export function remarkInlineOnly(this: Processor): void {
  const data = this.data() as {
    micromarkExtensions?: unknown[];
    fromMarkdownExtensions?: unknown[];
  };
  (data.micromarkExtensions ??= []).push(
    { disable: { null: DISABLED_CONSTRUCTS } },
    gfmStrikethrough({ singleTilde: false }),
  );
  (data.fromMarkdownExtensions ??= []).push(gfmStrikethroughFromMarkdown());
}

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
