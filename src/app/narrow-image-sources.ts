import type { ImagePolicy } from '../protocol/image-hosts';

const MARK = 'data-chatdeck-images';

/** The CSP source expression for an image host entry (`a.example`, `*.b.example`, an origin). */
function sourceOf(entry: string): string {
  return /^https?:\/\//.test(entry) ? entry : `https://${entry}`;
}

/** `img-src` for a page whose chat shows images only as `policy` allows. */
export function imageSourcePolicy(policy: ImagePolicy): string {
  return `img-src 'self' data: ${policy.sources.map(sourceOf).join(' ')}`;
}

/**
 * Narrows the page's Content Security Policy to the image hosts of this connection, as a
 * second policy beside the one the build wrote (a browser applies both, so this can only
 * narrow). Once per page: a policy cannot be taken back, and the server of a page's
 * connection never changes without a reload. Image hosts added later apply from the next load.
 */
export function narrowImageSources(policy: ImagePolicy, doc: Document): void {
  if (doc.head.querySelector(`meta[${MARK}]`)) return;
  const meta = doc.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = imageSourcePolicy(policy);
  meta.setAttribute(MARK, '');
  doc.head.append(meta);
}
