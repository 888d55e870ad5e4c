import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { PROVIDER_NAMES, type EmoteIndex, type ThirdPartyEmote } from './emote-types';
import type { LineDecorator } from './use-third-party-emotes';

/** Decorated lines kept per channel's emotes, so a row that mounts again costs a lookup. */
const KEPT = 4_000;

interface ElementProps {
  children?: ReactNode;
  href?: unknown;
  src?: unknown;
  node?: { tagName?: unknown };
}

/** Links and code keep their words as typed (react-markdown gives components their `node`). */
function isOpaque(element: ReactElement<ElementProps>): boolean {
  const { type, props } = element;
  if (type === 'a' || type === 'code' || props.href !== undefined) return true;
  const tag = props.node?.tagName;
  return tag === 'a' || tag === 'code';
}

function EmoteImage({ emote, overlay = false }: { emote: ThirdPartyEmote; overlay?: boolean }) {
  return (
    <img
      src={emote.src}
      srcSet={emote.srcSet || undefined}
      alt={emote.code}
      title={`${emote.code} (${PROVIDER_NAMES[emote.provider]})`}
      decoding="async"
      referrerPolicy="no-referrer"
      draggable={false}
      data-emote={emote.provider}
      className={overlay ? 'emote tp-emote pointer-events-none' : 'emote tp-emote'}
      style={{ aspectRatio: `${emote.width} / ${emote.height}` }}
    />
  );
}

const STACK = 'tp-stack';

/** Zero-width emotes drawn over an image: a span of ours holding the layers. */
function isStack(node: ReactNode): node is ReactElement<ElementProps> {
  return isValidElement(node) && node.type === 'span' && (node.key ?? '').startsWith(STACK);
}

/** An image a zero-width emote may sit on: Twitch's own emotes, or a third-party one. */
function isImage(node: ReactNode): boolean {
  if (!isValidElement<ElementProps>(node)) return false;
  return typeof node.props.src === 'string' || node.type === EmoteImage || isStack(node);
}

/**
 * Walks one line's rendered markdown and turns the words that are emote codes into their
 * images: only in text, never inside links or code. A zero-width emote after an image is drawn
 * over it. Returns the same node when no word is an emote.
 */
export function decorateWords(node: ReactNode, index: EmoteIndex): ReactNode {
  if (index.size === 0) return node;
  let keyCount = 0;
  const key = (kind: string) => `${kind}-${keyCount++}`;

  const sequence = (children: readonly ReactNode[]): { nodes: ReactNode[]; changed: boolean } => {
    const out: ReactNode[] = [];
    let changed = false;
    // What may carry an overlay: the last node pushed, when it is an image.
    let lastImage = -1;
    let pending = '';
    const flush = () => {
      if (pending) out.push(pending);
      pending = '';
    };
    for (const child of children) {
      if (typeof child !== 'string') {
        const walked = walk(child);
        if (walked !== child) changed = true;
        flush();
        out.push(walked);
        lastImage = isImage(walked) ? out.length - 1 : -1;
        continue;
      }
      for (const part of child.split(/(\s+)/)) {
        if (part === '') continue;
        const emote = /\s/.test(part[0]!) ? undefined : index.get(part);
        if (!emote) {
          pending += part;
          if (!/^\s+$/.test(part)) lastImage = -1;
          continue;
        }
        changed = true;
        if (emote.zeroWidth && lastImage >= 0) {
          // Over the image before it: the space between them goes.
          pending = '';
          const base = out[lastImage];
          const layers = isStack(base) ? [...(base.props.children as ReactNode[])] : [base];
          out[lastImage] = (
            <span
              key={key(STACK)}
              className="emote-stack inline-grid place-items-center align-middle *:[grid-area:1/1]"
            >
              {layers}
              <EmoteImage key={key('tp-overlay')} emote={emote} overlay />
            </span>
          );
          continue;
        }
        flush();
        out.push(<EmoteImage key={key('tp-emote')} emote={emote} />);
        lastImage = out.length - 1;
      }
    }
    flush();
    return { nodes: out, changed };
  };

  const walk = (current: ReactNode): ReactNode => {
    if (typeof current === 'string') {
      const { nodes, changed } = sequence([current]);
      return changed ? nodes : current;
    }
    if (Array.isArray(current)) {
      const { nodes, changed } = sequence(current as ReactNode[]);
      return changed ? nodes : current;
    }
    if (!isValidElement<ElementProps>(current) || isOpaque(current)) return current;
    const { children } = current.props;
    if (children === undefined || children === null) return current;
    const list = Array.isArray(children) ? (children as ReactNode[]) : [children];
    const { nodes, changed } = sequence(list);
    return changed ? cloneElement(current, undefined, ...nodes) : current;
  };

  return walk(node);
}

/**
 * A channel's decorator: `decorateWords` with its index, keeping the newest few thousand
 * results (rows mount again as the log scrolls; a line's rendered node is the same object).
 */
export function wordDecorator(index: EmoteIndex): LineDecorator {
  const kept = new Map<unknown, ReactNode>();
  const decorate = (node: ReactNode): ReactNode => {
    const cacheable = typeof node === 'string' || (typeof node === 'object' && node !== null);
    if (!cacheable) return node;
    const hit = kept.get(node);
    if (hit !== undefined) return hit;
    const decorated = decorateWords(node, index);
    if (kept.size >= KEPT) kept.delete(kept.keys().next().value);
    kept.set(node, decorated);
    return decorated;
  };
  return Object.assign(decorate, { words: index });
}
