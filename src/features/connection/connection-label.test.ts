import { describe, expect, it } from 'vitest';
import { connectionLabel } from './connection-label';

describe('connectionLabel', () => {
  it('says each phase in plain words', () => {
    expect(connectionLabel({ phase: 'connected', since: 0 }, 0).text).toBe('Connected');
    expect(connectionLabel({ phase: 'connecting', attempt: 1 }, 0).text).toBe('Connecting');
    expect(
      connectionLabel({ phase: 'waiting', attempt: 2, retryAt: 4_200, reason: 'closed' }, 0).text,
    ).toBe('Reconnecting in 5 s');
    expect(connectionLabel({ phase: 'offline' }, 0).text).toMatch(/^Offline/);
  });

  it('says a refused or unreachable server apart from an ordinary drop', () => {
    const label = connectionLabel(
      { phase: 'waiting', attempt: 3, retryAt: 8_000, reason: 'unreachable' },
      0,
    );
    expect(label).toEqual({
      text: 'Refused or unreachable: check the token, your access to this stream, and the server. Reconnecting in 8 s',
      tone: 'error',
    });
  });
});
