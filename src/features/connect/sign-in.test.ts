import { describe, expect, it, vi } from 'vitest';
import { SignInError, listStreams, signIn } from './sign-in';

const origin = 'https://chatdeck.example';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });
}

describe('signIn', () => {
  it('sends HTTP Basic credentials to /api/v1/auth under the server prefix and reads the token', async () => {
    const fetcher = vi.fn<typeof fetch>().mockResolvedValue(json(200, { token: 'abc' }));
    await expect(
      signIn('https://ms.example/ms/', 'dëmo', 'pa:ss', { fetcher, origin }),
    ).resolves.toBe('abc');
    const [url, init] = fetcher.mock.calls[0]!;
    expect(url).toBe('https://ms.example/ms/api/v1/auth');
    const header = (init?.headers as Record<string, string>).authorization!;
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(header.replace('Basic ', '')), (c) => c.charCodeAt(0)),
    );
    expect(decoded).toBe('dëmo:pa:ss');
    expect(init?.credentials).toBe('omit');
  });

  it('says the password is wrong on 401', async () => {
    const fetcher = vi.fn<typeof fetch>().mockResolvedValue(json(401, { error: 'nope' }));
    await expect(signIn('https://ms.example', 'demo', 'x', { fetcher, origin })).rejects.toThrow(
      'Wrong username or password.',
    );
  });

  it('tells a server that refuses this origin from one that is not there', async () => {
    const corsRefused = vi
      .fn<typeof fetch>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(new Response(null, { status: 200 }));
    const refused = await signIn('https://ms.example', 'demo', 'demo', {
      fetcher: corsRefused,
      origin,
    }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SignInError);
    expect((refused as SignInError).kind).toBe('cross-origin');
    expect((refused as SignInError).message).toContain(`pages from ${origin}`);
    expect(corsRefused.mock.calls[1]![1]?.mode).toBe('no-cors');

    const down = vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'));
    const unreachable = await signIn('https://ms.example', 'demo', 'demo', {
      fetcher: down,
      origin,
    }).catch((error: unknown) => error);
    expect((unreachable as SignInError).kind).toBe('unreachable');
    expect((unreachable as SignInError).message).toContain('Could not reach https://ms.example');
  });

  it('never puts the password or token in an error message', async () => {
    const fetcher = vi.fn<typeof fetch>().mockResolvedValue(json(500, { token: 'secret-token' }));
    const error: unknown = await signIn('https://ms.example', 'demo', 'hunter2', {
      fetcher,
      origin,
    }).catch((failure: unknown) => failure);
    expect((error as Error).message).toBe('The server could not sign you in (HTTP 500).');
  });
});

describe('listStreams', () => {
  it('reads the streams with the bearer token and rejects a malformed answer', async () => {
    const fetcher = vi
      .fn<typeof fetch>()
      .mockResolvedValueOnce(json(200, { streams: [{ id: 3, name: 'Main', live: true }] }))
      .mockResolvedValueOnce(json(200, { streams: 'lots' }));
    await expect(listStreams('https://ms.example', 'tok', { fetcher, origin })).resolves.toEqual([
      { id: 3, name: 'Main', live: true },
    ]);
    expect((fetcher.mock.calls[0]![1]?.headers as Record<string, string>).authorization).toBe(
      'Bearer tok',
    );
    await expect(listStreams('https://ms.example', 'tok', { fetcher, origin })).rejects.toThrow(
      'could not list your streams',
    );
  });
});
