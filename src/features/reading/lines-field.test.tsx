import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../config/page-storage';
import { LinesField } from './lines-field';
import { ReadingSettingsProvider } from './reading-settings-context';
import { createReadingSettingsStore } from './reading-settings-store';
import { QuickRepliesField } from './settings-fields';

function settings() {
  return createReadingSettingsStore(memoryStorage());
}

describe('LinesField', () => {
  it('keeps one entry a line, trimmed, commas and all, and the box as typed', () => {
    const page = settings();
    render(
      <ReadingSettingsProvider settings={page}>
        <QuickRepliesField />
      </ReadingSettingsProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Quick replies' });
    expect(box).toHaveAccessibleDescription('One per line. Type ; in the message box to pick one.');
    const typed = '  Discord: https://discord.gg/x, come by \n\n Thanks for the raid! ';
    fireEvent.change(box, { target: { value: typed } });
    expect(page.store.getState().saved.quickReplies).toEqual([
      'Discord: https://discord.gg/x, come by',
      'Thanks for the raid!',
    ]);
    expect(box).toHaveValue(typed);
  });

  it('starts from the kept lines and keeps at most 50 of at most 500 characters', () => {
    const page = settings();
    page.store.getState().change({ autoReplies: ['!discord Join us', '!schedule Mon'] });
    render(
      <ReadingSettingsProvider settings={page}>
        <LinesField name="autoReplies" label="Rules" placeholder="" hint="One a line" />
      </ReadingSettingsProvider>,
    );
    const box = screen.getByRole('textbox', { name: 'Rules' });
    expect(box).toHaveValue('!discord Join us\n!schedule Mon');
    const many = Array.from({ length: 60 }, (_, n) => `!c${n} ${'x'.repeat(600)}`).join('\n');
    fireEvent.change(box, { target: { value: many } });
    const kept = page.store.getState().saved.autoReplies;
    expect(kept).toHaveLength(50);
    expect(kept[0]).toHaveLength(500);
    expect(kept[49]!.startsWith('!c49 ')).toBe(true);
    // The other lists are untouched.
    expect(page.store.getState().saved.quickReplies).toEqual([]);
  });
});
