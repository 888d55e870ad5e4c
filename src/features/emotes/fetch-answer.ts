/** A provider that does not answer in this long is given up on until the next try. */
export const ANSWER_TIMEOUT_MS = 10_000;
/** A larger answer is refused unread (a 1,000-emote 7TV set is about 3 MB). */
export const MAX_ANSWER_BYTES = 6 * 1024 * 1024;

/** What came back: JSON, "none" (404: the channel has no emotes there), or a failure. */
export type Answer = { kind: 'json'; body: unknown } | { kind: 'none' } | { kind: 'failed' };

/**
 * GETs a provider's JSON: no cookies, no referrer, at most ANSWER_TIMEOUT_MS and
 * MAX_ANSWER_BYTES, never throwing.
 */
export async function fetchAnswer(
  url: string,
  { fetcher = globalThis.fetch, timeoutMs = ANSWER_TIMEOUT_MS, maxBytes = MAX_ANSWER_BYTES } = {},
): Promise<Answer> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const response = await fetcher(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: abort.signal,
    });
    if (response.status === 404) return { kind: 'none' };
    if (!response.ok) return { kind: 'failed' };
    const text = await readCapped(response, maxBytes);
    if (text === null) return { kind: 'failed' };
    return { kind: 'json', body: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'failed' };
  } finally {
    clearTimeout(timer);
  }
}

/** The body as text, or null once it passes `maxBytes` (reading stops there). */
async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) return null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}
