import type { ReactNode } from 'react';
import Markdown, { type Components, type UrlTransform } from 'react-markdown';
import { remarkInlineOnly } from './inline-markdown';

// Built once: rows share these, so nothing is rebuilt per message or per render.
const REMARK_PLUGINS = [remarkInlineOnly];

/**
 * The markdown parser (react-markdown, micromark and their plugins: most of the page's
 * script), loaded on demand by message-markdown.tsx when the first line that needs it comes.
 */
export function parseMarkdown(
  markdown: string,
  options: { allowedElements: string[]; urlTransform: UrlTransform; components: Components },
): ReactNode {
  return Markdown({
    children: markdown,
    allowedElements: options.allowedElements,
    unwrapDisallowed: true,
    urlTransform: options.urlTransform,
    components: options.components,
    remarkPlugins: REMARK_PLUGINS,
  });
}
