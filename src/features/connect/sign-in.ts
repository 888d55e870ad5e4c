import * as v from 'valibot';
import { authResponseSchema, streamListSchema, type StreamSummary } from '../../protocol/api';
import { apiBaseUrl } from '../../protocol/commands';

/** Why signing in did not work, in words a streamer can act on. */
export class SignInError extends Error {
  constructor(
    readonly kind: 'credentials' | 'unreachable' | 'cross-origin' | 'server',
    message: string,
  ) {
    super(message);
    this.name = 'SignInError';
  }
}

type Fetch = typeof fetch;

/**
 * A request the browser could not complete is either a server that is not there, or one that
 * answered without allowing this page's origin (CORS). An opaque `no-cors` request tells them
 * apart: it only succeeds when something answered.
 */
async function failureOf(url: string, origin: string, fetcher: Fetch): Promise<SignInError> {
  try {
    await fetcher(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' });
    return new SignInError(
      'cross-origin',
      `The server answered but does not let pages from ${origin} use its API. Ask its admin to allow this origin (CORS) for /api/v1/, or host Chatdeck on the same server (see Deploy in the README). You can still paste an API token below.`,
    );
  } catch {
    return new SignInError(
      'unreachable',
      `Could not reach ${new URL(url).origin}. Check the server address and that it is running.`,
    );
  }
}

async function getJson(
  url: string,
  authorization: string,
  origin: string,
  fetcher: Fetch,
): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetcher(url, {
      headers: { authorization, accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw await failureOf(url, origin, fetcher);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status says enough.
  }
  return { status: response.status, body };
}

/** Username and password -> the user's API token, via `GET /api/v1/auth`. */
export async function signIn(
  server: string,
  username: string,
  password: string,
  { fetcher = fetch, origin = window.location.origin }: { fetcher?: Fetch; origin?: string } = {},
): Promise<string> {
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));
  const { status, body } = await getJson(
    `${apiBaseUrl(server)}/api/v1/auth`,
    `Basic ${basic}`,
    origin,
    fetcher,
  );
  if (status === 401 || status === 403) {
    throw new SignInError('credentials', 'Wrong username or password.');
  }
  const parsed = v.safeParse(authResponseSchema, body);
  if (status !== 200 || !parsed.success) {
    throw new SignInError('server', `The server could not sign you in (HTTP ${status}).`);
  }
  return parsed.output.token;
}

/** The streams a token may see, via `GET /api/v1/stream`. */
export async function listStreams(
  server: string,
  token: string,
  { fetcher = fetch, origin = window.location.origin }: { fetcher?: Fetch; origin?: string } = {},
): Promise<StreamSummary[]> {
  const { status, body } = await getJson(
    `${apiBaseUrl(server)}/api/v1/stream`,
    `Bearer ${token}`,
    origin,
    fetcher,
  );
  if (status === 401 || status === 403) {
    throw new SignInError('credentials', 'The server did not accept this token.');
  }
  const parsed = v.safeParse(streamListSchema, body);
  if (status !== 200 || !parsed.success) {
    throw new SignInError('server', `The server could not list your streams (HTTP ${status}).`);
  }
  return parsed.output.streams;
}
