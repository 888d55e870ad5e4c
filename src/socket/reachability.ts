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
export async function serverAnswers(
  socketUrl: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = PROBE_TIMEOUT_MS,
): Promise<boolean> {
  try {
    await fetchImpl(serverHome(socketUrl), {
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
