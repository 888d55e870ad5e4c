/** First retry after about this long. */
export const RECONNECT_MIN_DELAY_MS = 1_000;
/** Retries never wait longer than this. */
export const RECONNECT_MAX_DELAY_MS = 30_000;
/** Each failed attempt multiplies the wait by this. */
export const RECONNECT_EXPONENT = 2;
/** Each wait is spread by up to ±this share, so many dashboards do not retry in step. */
export const RECONNECT_JITTER = 0.25;
/** After this many attempts in a row that closed before opening, say the server refuses us. */
export const UNREACHABLE_AFTER_ATTEMPTS = 3;
/** With no network (neither the server nor the page's host answers), it is looked for this often. */
export const NETWORK_CHECK_MS = 3_000;
/** With no frame for this long, ask for `status` to prove the connection is alive. */
export const LIVENESS_PROBE_AFTER_MS = 45_000;
/** A probe unanswered for this long means the connection is dead: reconnect. */
export const LIVENESS_TIMEOUT_MS = 10_000;

/** Wait before reconnect attempt `attempt` (1-based): exponential, jittered, capped. */
export function nextDelay(attempt: number, random: () => number = Math.random): number {
  const exponential = RECONNECT_MIN_DELAY_MS * RECONNECT_EXPONENT ** Math.max(0, attempt - 1);
  const base = Math.min(RECONNECT_MAX_DELAY_MS, exponential);
  const spread = 1 + RECONNECT_JITTER * (2 * random() - 1);
  return Math.round(Math.min(RECONNECT_MAX_DELAY_MS, base * spread));
}
