import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url';

describe('safeHttpUrl', () => {
  it.each([
    ['https://example.com/a?b=c', 'https://example.com/a?b=c'],
    ['HTTP://Example.com', 'http://example.com/'],
    [
      'http://static-cdn.jtvnw.net/emoticons/v1/25/1.0',
      'https://static-cdn.jtvnw.net/emoticons/v1/25/1.0',
    ],
  ])('keeps %s', (raw, expected) => {
    expect(safeHttpUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/relative',
    'https:evil.example',
    'http:\\\\evil.example',
    'https://user:pass@example.com/',
    'https://exa\u202emple.com',
    '',
    undefined,
    null,
  ])('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeUndefined();
  });
});
