/** How long the reachability probe waits for any answer. */
export const PROBE_TIMEOUT_MS = 5_000;

/** `ws(s)://host/prefix/ws/21?token=…` → `http(s)://host/prefix/`: where the server answers HTTP. */
export function serverHome(socketUrl: string): string {
  const url = new URL(socketUrl.replace(/^ws(s?):/i, 'http$1:'));
  const prefix = url.pathname.replace(/\/ws\/\d+\/?$/, '');
  return `${url.origin}${prefix}/`;
}

/**
 * True when anything answers HTTP at the server's address. A `no-cors` request resolves with
 * an opaque answer even from a server that sends no CORS headers, and fails only when nothing
 * answers: that tells "refused the WebSocket" from "down or unreachable".
 */
export function serverAnswers(
  socketUrl: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<boolean> {
  return answers(serverHome(socketUrl), fetchImpl, timeoutMs);
}

/**
 * Does the host the page came from answer (its root, never a file the app keeps offline, so
 * the service worker leaves it to the network)? Null where there is no page (tests in Node).
 */
export function pageHostAnswers(
  fetchImpl: typeof fetch = fetch,
  timeoutMs = PROBE_TIMEOUT_MS,
): (() => Promise<boolean>) | null {
  if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return null;
  const root = `${location.origin}/`;
  return () => answers(root, fetchImpl, timeoutMs);
}

async function answers(
  address: string,
  fetchImpl: typeof fetch,
  timeoutMs: number,
): Promise<boolean> {
  try {
    await fetchImpl(address, {
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    return true;
  } catch {
    return false;
  }
}
