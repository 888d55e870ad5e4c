import { Trans } from '@lingui/react/macro';
import type { Element as HastElement, ElementContent } from 'hast';
import type { ComponentProps, ReactNode } from 'react';
import Markdown, { type Components, type ExtraProps, type UrlTransform } from 'react-markdown';
import { hostOf, hostsOnly, safeHttpUrl } from '../../protocol/safe-url';
import { remarkInlineOnly } from './inline-markdown';
import { realHostIfDisguised } from './link-disguise';
import { capLineBreaks } from './markdown-limits';
import { ALLOWED_ELEMENTS, CHAT_LINK_REL } from './markdown-elements';
import type { ChatImageComponent } from './message-markdown';

// Built once: rows share these, so nothing is rebuilt per message or per render.
const REMARK_PLUGINS = [remarkInlineOnly];

const urlTransform: UrlTransform = (url) => safeHttpUrl(url) ?? '';

function textOf(nodes: readonly ElementContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text') text += node.value;
    else if (node.type === 'element') text += textOf(node.children);
  }
  return text;
}

/** Streamer mode: a link shows where it goes (the host only), and cannot be opened. */
function HostOnlyLink({ href, node }: ComponentProps<'a'> & ExtraProps) {
  const text = node ? textOf((node as HastElement).children) : '';
  const host = href ? hostOf(href) : null;
  const shown = /^\s*(https?:\/\/|www\.)/i.test(text) || text === href ? null : hostsOnly(text);
  return (
    <span className="link-host text-sky-700 dark:text-sky-300">
      {shown ? `${shown} ` : ''}
      {host ? (shown ? `(${host})` : host) : ''}
    </span>
  );
}

function ChatLink({ href, children, node }: ComponentProps<'a'> & ExtraProps) {
  if (!href) return <span>{children}</span>;
  const realHost = node ? realHostIfDisguised(textOf((node as HastElement).children), href) : null;
  return (
    <>
      <a
        href={href}
        target="_blank"
        rel={CHAT_LINK_REL}
        referrerPolicy="no-referrer"
        className="break-all text-sky-700 underline decoration-from-font underline-offset-2 hover:text-sky-600 dark:text-sky-300 dark:hover:text-sky-200"
      >
        {children}
      </a>
      {realHost && (
        <span className="real-host ms-1 rounded bg-amber-500/20 px-1 text-[0.75em] text-amber-900 not-italic dark:text-amber-200">
          <Trans>(goes to {realHost})</Trans>
        </span>
      )}
    </>
  );
}

function Paragraph({ children }: ComponentProps<'p'>) {
  return <>{children}</>;
}

function InlineCode({ children }: ComponentProps<'code'>) {
  return (
    <code className="rounded bg-black/10 px-1 font-mono text-[0.9em] dark:bg-white/10">
      {children}
    </code>
  );
}

// One set of components per image component (one per image policy) and streamer mode.
const componentSets = new WeakMap<
  ChatImageComponent,
  { plain?: Components; hostOnly?: Components }
>();

function componentsFor(image: ChatImageComponent, hostOnly: boolean): Components {
  let sets = componentSets.get(image);
  if (!sets) {
    sets = {};
    componentSets.set(image, sets);
  }
  const key = hostOnly ? 'hostOnly' : 'plain';
  return (sets[key] ??= {
    a: hostOnly ? HostOnlyLink : ChatLink,
    img: image,
    p: Paragraph,
    code: InlineCode,
  });
}

/**
 * The markdown parser (react-markdown, micromark and their plugins: most of the page's
 * script), loaded on demand by message-markdown.tsx when the first line that needs it comes:
 * inline markdown only, raw HTML as text, only http(s) URLs, images through `image`.
 */
export function parseMarkdown(
  markdown: string,
  { image, hostOnly }: { image: ChatImageComponent; hostOnly: boolean },
): ReactNode {
  return Markdown({
    children: capLineBreaks(markdown),
    allowedElements: ALLOWED_ELEMENTS,
    unwrapDisallowed: true,
    urlTransform,
    components: componentsFor(image, hostOnly),
    remarkPlugins: REMARK_PLUGINS,
  });
}
