import { describe, expect, it } from 'vitest';
import { serverAnswers, serverHome } from './reachability';

describe('reachability', () => {
  it("probes the server's own address, prefix kept, token dropped", () => {
    expect(serverHome('wss://ms.example/pre/ws/21?token=secret')).toBe('https://ms.example/pre/');
    expect(serverHome('ws://127.0.0.1:8081/ws/1?token=t')).toBe('http://127.0.0.1:8081/');
  });

  it('is true for any answer and false when nothing answers', async () => {
    const asked: string[] = [];
    const answers = (async (url: string) => {
      asked.push(url);
      return new Response(null, { status: 403 });
    }) as unknown as typeof fetch;
    const fails = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await serverAnswers('ws://h.example/ws/1?token=t', answers)).toBe(true);
    expect(asked).toEqual(['http://h.example/']);
    expect(await serverAnswers('ws://h.example/ws/1?token=t', fails)).toBe(false);
  });
});
