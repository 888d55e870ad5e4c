import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LinesField } from './lines-field';

describe('LinesField', () => {
  it('gives one entry a line, trimmed, commas and all, and keeps the box as typed', () => {
    const onChange = vi.fn();
    render(
      <LinesField
        label="Quick replies"
        lines={[]}
        onChange={onChange}
        placeholder=""
        hint="One per line."
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Quick replies' });
    expect(box).toHaveAccessibleDescription('One per line.');
    const typed = '  Discord: https://discord.gg/x, come by \n\n Thanks for the raid! ';
    fireEvent.change(box, { target: { value: typed } });
    expect(onChange).toHaveBeenLastCalledWith([
      'Discord: https://discord.gg/x, come by',
      'Thanks for the raid!',
    ]);
    expect(box).toHaveValue(typed);
  });

  it('starts from the lines given and gives at most 50 of at most 500 characters', () => {
    const onChange = vi.fn();
    render(
      <LinesField
        label="Auto-replies"
        lines={['!discord Join us', '!schedule Mon']}
        onChange={onChange}
        placeholder=""
        hint=""
      />,
    );
    const box = screen.getByRole('textbox', { name: 'Auto-replies' });
    expect(box).toHaveValue('!discord Join us\n!schedule Mon');
    const many = Array.from({ length: 60 }, (_, n) => `!c${n} ${'x'.repeat(600)}`).join('\n');
    fireEvent.change(box, { target: { value: many } });
    const given = onChange.mock.lastCall![0] as string[];
    expect(given).toHaveLength(50);
    expect(given[0]).toHaveLength(500);
    expect(given[49]!.startsWith('!c49 ')).toBe(true);
  });
});
