import { afterEach, describe, expect, it } from 'vitest';
import { inlineStep } from './inline-keys';

describe('arrow keys along a line', () => {
  afterEach(() => document.body.replaceChildren());

  it('move forward with ArrowRight left to right, and with ArrowLeft right to left', () => {
    const ltr = document.createElement('div');
    const rtl = document.createElement('div');
    rtl.dir = 'rtl';
    const inside = document.createElement('button');
    rtl.append(inside);
    document.body.append(ltr, rtl);
    expect([inlineStep('ArrowRight', ltr), inlineStep('ArrowLeft', ltr)]).toEqual([1, -1]);
    expect([inlineStep('ArrowRight', rtl), inlineStep('ArrowLeft', rtl)]).toEqual([-1, 1]);
    expect(inlineStep('ArrowLeft', inside)).toBe(1);
    expect(inlineStep('ArrowDown', rtl)).toBe(0);
  });
});
