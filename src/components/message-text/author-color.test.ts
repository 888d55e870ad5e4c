import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTHOR_COLORS, authorColorClass } from './author-color';

describe('authorColorClass', () => {
  it('gives a chatter the same colour every time, and different chatters different ones', () => {
    expect(authorColorClass('speedrun_sam')).toBe(authorColorClass('speedrun_sam'));
    const classes = new Set(
      ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi'].map(authorColorClass),
    );
    expect(classes.size).toBeGreaterThan(3);
  });

  it('names only classes that index.css defines, with both colours of their pair', () => {
    const css = readFileSync(resolve(process.cwd(), 'src/index.css'), 'utf8');
    AUTHOR_COLORS.forEach(([light, dark], index) => {
      const rule = new RegExp(
        `\\.author-c${index} \\{\\s*--author-light: ${light};\\s*--author-dark: ${dark};\\s*\\}`,
      );
      expect(css).toMatch(rule);
    });
    for (let code = 0; code < 500; code += 1) {
      const name = `chatter_${code}`;
      expect(authorColorClass(name)).toMatch(
        new RegExp(`^author-c[0-${AUTHOR_COLORS.length - 1}]$`),
      );
    }
  });
});
