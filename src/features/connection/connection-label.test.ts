import { describe, expect, it } from 'vitest';
import { connectionLabel } from './connection-label';

describe('connectionLabel', () => {
  it('says each phase in plain words', () => {
    expect(connectionLabel({ phase: 'connected', since: 0 }, 0).text).toBe('Connected');
    expect(connectionLabel({ phase: 'connecting', attempt: 1 }, 0).text).toBe('Connecting');
    expect(
      connectionLabel({ phase: 'waiting', attempt: 2, retryAt: 4_200, reason: 'closed' }, 0).text,
    ).toBe('Connection lost. Reconnecting in 5 s');
    expect(connectionLabel({ phase: 'offline' }, 0).text).toMatch(
      /^Offline: waiting for the network/,
    );
  });

  it('tells a refusal, an unreachable server, a silent one and a dropped one apart', () => {
    const waiting = { phase: 'waiting', attempt: 3, retryAt: 8_000 } as const;
    expect(connectionLabel({ ...waiting, reason: 'refused', refusals: 1 }, 0)).toEqual({
      text: 'Refused by the server: check the token, and that the stream is yours or shared with you. Retrying in 8 s',
      tone: 'error',
    });
    expect(
      connectionLabel({ ...waiting, reason: 'unreachable', host: 'ms.example:8443' }, 0),
    ).toEqual({ text: 'Cannot reach ms.example:8443: retrying in 8 s', tone: 'error' });
    expect(connectionLabel({ ...waiting, reason: 'no-answer' }, 0).text).toBe(
      'The server stopped answering. Reconnecting in 8 s',
    );
    expect(connectionLabel({ ...waiting, reason: 'not-open' }, 0).text).toBe(
      'Could not connect: checking the server',
    );
    expect(connectionLabel({ phase: 'refused', refusals: 3 }, 0).text).toMatch(
      /^Refused by the server/,
    );
    // A widget's one line keeps the countdown in view.
    expect(
      connectionLabel({ ...waiting, reason: 'refused', refusals: 1 }, 0, { brief: true }).text,
    ).toBe('Refused by the server: check the token. Retrying in 8 s');
  });
});
