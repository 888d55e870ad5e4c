import {
  memo,
  useSyncExternalStore,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react';
import type { parseMarkdown as ParseMarkdown } from './markdown-parser';
import type { ImagePolicy } from '../../protocol/image-hosts';
import { hostsOnly, safeHttpUrl } from '../../protocol/safe-url';
import { reservedEmoteSize } from './emote-size';
import { isDelimiterDense } from './markdown-limits';
import { simpleMarkdown } from './simple-markdown';

/** Rendered lines kept per image policy, so a row that mounts again is not parsed again. */
export const RENDERED_LINES_KEPT = 4000;

type Parser = typeof ParseMarkdown;
let parser: Parser | null = null;
let loading: Promise<void> | null = null;
const parserListeners = new Set<() => void>();

/**
 * Loads the markdown parser (most of the page's script, with the components only parsed lines
 * use: links, code) once. Lines that need it show their plain text until it is here, a few
 * milliseconds after the first such line, then render.
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

/** An emote or image of a chat line, fetched only from the hosts `images` allows. */
export type ChatImageComponent = ComponentType<ComponentProps<'img'>>;

function imageFor(images: ImagePolicy): ChatImageComponent {
  return function ChatImage({ src, alt }: ComponentProps<'img'>) {
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
  };
}

// Characters that can start markdown syntax; a line without any is shown as it is.
const MARKDOWN_SYNTAX = /[\\`*_~[\]!<>&\n\r]/;

/** True when the line has no markdown syntax and can skip the parser. */
export function isPlainText(markdown: string): boolean {
  return !MARKDOWN_SYNTAX.test(markdown);
}

interface Renderer {
  image: ChatImageComponent;
  kept: Map<string, ReactNode>;
}
const renderers = new WeakMap<ImagePolicy, Renderer>();
const hostOnlyRenderers = new WeakMap<ImagePolicy, Renderer>();

function rendererFor(images: ImagePolicy, hostOnly = false): Renderer {
  const map = hostOnly ? hostOnlyRenderers : renderers;
  let renderer = map.get(images);
  if (!renderer) {
    renderer = { image: imageFor(images), kept: new Map() };
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
  const { image, kept } = rendererFor(images, hostOnly);
  const hit = kept.get(markdown);
  if (hit !== undefined) return hit;
  const rendered =
    renderSimple(markdown, image, hostOnly) ?? parseChatMarkdown(markdown, images, hostOnly);
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
  return parser(markdown, { image: rendererFor(images, hostOnly).image, hostOnly });
}

/** Escaped text and emote images, the bulk of chat, without the parser (same output). */
function renderSimple(
  markdown: string,
  Image: ChatImageComponent,
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
