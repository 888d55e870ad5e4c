import type { Element as HastElement, ElementContent } from 'hast';
import {
  memo,
  useSyncExternalStore,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { Components, ExtraProps, UrlTransform } from 'react-markdown';
import type { parseMarkdown as ParseMarkdown } from './markdown-parser';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { hostOf, hostsOnly, safeHttpUrl } from '../../protocol/safe-url';
import { reservedEmoteSize } from './emote-size';
import { capLineBreaks, isDelimiterDense } from './markdown-limits';
import { realHostIfDisguised } from './link-disguise';
import { simpleMarkdown } from './simple-markdown';

/** The only markdown a chat line needs; everything else renders as its text. */
export const ALLOWED_ELEMENTS = ['p', 'em', 'strong', 'del', 'code', 'a', 'img', 'br'];

/** Link relations for every chat link: no opener, no referrer, not endorsed. */
export const CHAT_LINK_REL = 'noopener noreferrer nofollow ugc';

/** Rendered lines kept per image policy, so a row that mounts again is not parsed again. */
export const RENDERED_LINES_KEPT = 4000;

const urlTransform: UrlTransform = (url) => safeHttpUrl(url) ?? '';

type Parser = typeof ParseMarkdown;
let parser: Parser | null = null;
let loading: Promise<void> | null = null;
const parserListeners = new Set<() => void>();

/**
 * Loads the markdown parser (most of the page's script) once. Lines that need it show their
 * plain text until it is here, a few milliseconds after the first such line, then render.
 */
export function loadMarkdownParser(): Promise<void> {
  loading ??= import('./markdown-parser').then((module) => {
    parser = module.parseMarkdown;
    for (const listener of parserListeners) listener();
  });
  return loading;
}

function subscribeParser(listener: () => void): () => void {
  parserListeners.add(listener);
  return () => parserListeners.delete(listener);
}
const parserLoaded = () => parser !== null;

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
        <span className="real-host ml-1 rounded bg-amber-500/20 px-1 text-[0.75em] text-amber-900 not-italic dark:text-amber-200">
          (goes to {realHost})
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

function componentsFor(
  images: ImagePolicy,
  hostOnly: boolean,
): Components & { img: ComponentType<ComponentProps<'img'>> } {
  function ChatImage({ src, alt }: ComponentProps<'img'>) {
    const label = alt ?? '';
    // An image from a host that is not allowed is never fetched: its alt text stands in.
    if (typeof src !== 'string' || !src || !images.allows(src)) return <span>{label}</span>;
    return (
      <img
        src={src}
        alt={label}
        title={label}
        {...reservedEmoteSize(src)}
        decoding="async"
        referrerPolicy="no-referrer"
        draggable={false}
        className="emote"
      />
    );
  }
  return { a: hostOnly ? HostOnlyLink : ChatLink, img: ChatImage, p: Paragraph, code: InlineCode };
}

// Characters that can start markdown syntax; a line without any is shown as it is.
const MARKDOWN_SYNTAX = /[\\`*_~[\]!<>&\n\r]/;

/** True when the line has no markdown syntax and can skip the parser. */
export function isPlainText(markdown: string): boolean {
  return !MARKDOWN_SYNTAX.test(markdown);
}

interface Renderer {
  components: ReturnType<typeof componentsFor>;
  kept: Map<string, ReactNode>;
}
const renderers = new WeakMap<ImagePolicy, Renderer>();
const hostOnlyRenderers = new WeakMap<ImagePolicy, Renderer>();

function rendererFor(images: ImagePolicy, hostOnly = false): Renderer {
  const map = hostOnly ? hostOnlyRenderers : renderers;
  let renderer = map.get(images);
  if (!renderer) {
    renderer = { components: componentsFor(images, hostOnly), kept: new Map() };
    map.set(images, renderer);
  }
  return renderer;
}

/**
 * A chat line's markdown as React elements: inline markdown only, raw HTML as text, only
 * http(s) URLs, images only from allowed hosts. Each distinct line is parsed once; the result
 * is kept (the newest few thousand) and reused when its row mounts again.
 */
export function renderChatMarkdown(
  markdown: string,
  images: ImagePolicy,
  hostOnly = false,
): ReactNode | undefined {
  const { components, kept } = rendererFor(images, hostOnly);
  const hit = kept.get(markdown);
  if (hit !== undefined) return hit;
  const rendered =
    renderSimple(markdown, components.img, hostOnly) ??
    parseChatMarkdown(markdown, images, hostOnly);
  // Not parsed yet (the parser is loading): nothing kept, the caller shows the text.
  if (rendered === undefined) return undefined;
  if (kept.size >= RENDERED_LINES_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(markdown, rendered);
  return rendered;
}

/**
 * A chat line through react-markdown, uncached: every line but escaped text and images.
 * Undefined while the parser is not loaded (it starts loading).
 */
export function parseChatMarkdown(
  markdown: string,
  images: ImagePolicy,
  hostOnly = false,
): ReactNode | undefined {
  if (!parser) {
    void loadMarkdownParser();
    return undefined;
  }
  return parser(capLineBreaks(markdown), {
    allowedElements: ALLOWED_ELEMENTS,
    urlTransform,
    components: rendererFor(images, hostOnly).components,
  });
}

/** Escaped text and emote images, the bulk of chat, without the parser (same output). */
function renderSimple(
  markdown: string,
  Image: ComponentType<ComponentProps<'img'>>,
  hostOnly: boolean,
): ReactNode | undefined {
  const pieces = simpleMarkdown(markdown);
  if (!pieces) return undefined;
  return pieces.map((piece, index) =>
    typeof piece === 'string' ? (
      hostOnly ? (
        hostsOnly(piece)
      ) : (
        piece
      )
    ) : (
      <Image key={index} src={safeHttpUrl(piece.src) ?? ''} alt={piece.alt} />
    ),
  );
}

/**
 * Rewrites a line once rendered (third-party emotes: words become images). It is given text,
 * arrays and elements; links and code come as elements with an `href` or react-markdown's
 * `node`, and keep their words.
 */
export type LineDecorator = (rendered: ReactNode) => ReactNode;

/**
 * One chat line's message. Without markdown (a frame that sent only `text`), or with too many
 * delimiters to be worth parsing, it is the plain text as typed.
 */
export const MessageMarkdown = memo(function MessageMarkdown({
  markdown,
  text,
  images,
  hostOnly = false,
  decorate,
}: {
  markdown: string | undefined;
  text: string;
  images: ImagePolicy;
  /** Streamer mode: addresses shown as their host only, nothing to open. */
  hostOnly?: boolean;
  decorate?: LineDecorator;
}) {
  const shown = (node: ReactNode) => <>{decorate ? decorate(node) : node}</>;
  if (markdown === undefined || isDelimiterDense(markdown)) {
    return shown(hostOnly ? hostsOnly(text) : text);
  }
  if (isPlainText(markdown)) return shown(hostOnly ? hostsOnly(markdown) : markdown);
  return (
    <ParsedMarkdown
      markdown={markdown}
      text={text}
      images={images}
      hostOnly={hostOnly}
      shown={shown}
    />
  );
});

/** A line that needs the parser: its text until the parser has loaded. */
function ParsedMarkdown({
  markdown,
  text,
  images,
  hostOnly,
  shown,
}: {
  markdown: string;
  text: string;
  images: ImagePolicy;
  hostOnly: boolean;
  shown: (node: ReactNode) => ReactNode;
}) {
  useSyncExternalStore(subscribeParser, parserLoaded);
  const rendered = renderChatMarkdown(markdown, images, hostOnly);
  return shown(rendered === undefined ? (hostOnly ? hostsOnly(text) : text) : rendered);
}
