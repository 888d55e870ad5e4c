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
