import { memo, type ComponentProps } from 'react';
import Markdown, { type Components, type UrlTransform } from 'react-markdown';
import { safeHttpUrl } from '../../protocol/safe-url';
import { reservedEmoteSize } from './emote-size';
import { remarkHtmlAsText } from './html-as-text';
import { remarkStrikethrough } from './strikethrough';

/** The only markdown a chat line needs; everything else renders as its text. */
export const ALLOWED_ELEMENTS = ['p', 'em', 'strong', 'del', 'code', 'a', 'img', 'br'];

/** Link relations for every chat link: no opener, no referrer, not endorsed. */
export const CHAT_LINK_REL = 'noopener noreferrer nofollow ugc';

const urlTransform: UrlTransform = (url) => safeHttpUrl(url) ?? '';

// Built once: rows share these, so nothing is rebuilt per message or per render.
const REMARK_PLUGINS = [remarkStrikethrough, remarkHtmlAsText];

function ChatLink({ href, children }: ComponentProps<'a'>) {
  if (!href) return <span>{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel={CHAT_LINK_REL}
      referrerPolicy="no-referrer"
      className="break-all text-sky-700 underline decoration-from-font underline-offset-2 hover:text-sky-600 dark:text-sky-300 dark:hover:text-sky-200"
    >
      {children}
    </a>
  );
}

function ChatImage({ src, alt }: ComponentProps<'img'>) {
  const label = alt ?? '';
  if (typeof src !== 'string' || !src) return <span>{label}</span>;
  const size = reservedEmoteSize(src);
  return (
    <img
      src={src}
      alt={label}
      title={label}
      {...size}
      loading="lazy"
      decoding="async"
      referrerPolicy="no-referrer"
      draggable={false}
      className="emote"
    />
  );
}

function Paragraph({ children }: ComponentProps<'p'>) {
  return <>{children}</>;
}

const COMPONENTS: Components = {
  a: ChatLink,
  img: ChatImage,
  p: Paragraph,
  code: ({ children }) => (
    <code className="rounded bg-black/10 px-1 font-mono text-[0.9em] dark:bg-white/10">
      {children}
    </code>
  ),
};

// Characters that can start markdown syntax; a line without any is shown as it is.
const MARKDOWN_SYNTAX = /[\\`*_~[\]!<>&#|=+\-\n\r]|^\s*\d+[.)]/;

/** True when the line has no markdown syntax and can skip the parser. */
export function isPlainText(markdown: string): boolean {
  return !MARKDOWN_SYNTAX.test(markdown);
}

/** Renders a chat line's markdown as React elements: raw HTML as text, only http(s) URLs. */
export const MessageMarkdown = memo(function MessageMarkdown({ markdown }: { markdown: string }) {
  if (isPlainText(markdown)) return <>{markdown}</>;
  return (
    <Markdown
      allowedElements={ALLOWED_ELEMENTS}
      unwrapDisallowed
      urlTransform={urlTransform}
      components={COMPONENTS}
      remarkPlugins={REMARK_PLUGINS}
    >
      {markdown}
    </Markdown>
  );
});
