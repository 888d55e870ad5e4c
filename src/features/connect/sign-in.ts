import { t } from '@lingui/core/macro';
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
      t`The server answered but does not let pages from ${origin} use its API. Ask its admin to allow this origin (CORS) for /api/v1/, or host Chatdeck on the same server (see Deploy in the README). You can still paste an API token below.`,
    );
  } catch {
    const server = new URL(url).origin;
    return new SignInError(
      'unreachable',
      t`Could not reach ${server}. Check the server address and that it is running.`,
    );
  }
}

/**
 * One authenticated GET of multistreamer's API, read through `schema`. `denied` is what to say
 * on 401/403, `failed` (with the status) on anything else that is not a valid answer.
 */
async function apiGet<T>(
  server: string,
  path: string,
  authorization: string,
  schema: v.GenericSchema<unknown, T>,
  words: { denied: string; failed: string },
  { fetcher = fetch, origin = window.location.origin }: ApiOptions,
): Promise<T> {
  const url = `${apiBaseUrl(server)}/api/v1/${path}`;
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
  if (response.status === 401 || response.status === 403) {
    throw new SignInError('credentials', words.denied);
  }
  const body: unknown = await response.json().catch(() => null);
  const parsed = v.safeParse(schema, body);
  if (response.status !== 200 || !parsed.success) {
    throw new SignInError('server', `${words.failed} (HTTP ${response.status}).`);
  }
  return parsed.output;
}

interface ApiOptions {
  fetcher?: Fetch;
  origin?: string;
}

/** Username and password -> the user's API token, via `GET /api/v1/auth`. */
export async function signIn(
  server: string,
  username: string,
  password: string,
  options: ApiOptions = {},
): Promise<string> {
  const basic = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));
  const { token } = await apiGet(
    server,
    'auth',
    `Basic ${basic}`,
    authResponseSchema,
    { denied: t`Wrong username or password.`, failed: t`The server could not sign you in` },
    options,
  );
  return token;
}

/** The streams a token may see, via `GET /api/v1/stream`. */
export async function listStreams(
  server: string,
  token: string,
  options: ApiOptions = {},
): Promise<StreamSummary[]> {
  const { streams } = await apiGet(
    server,
    'stream',
    `Bearer ${token}`,
    streamListSchema,
    {
      denied: t`The server did not accept this token.`,
      failed: t`The server could not list your streams`,
    },
    options,
  );
  return streams;
}
