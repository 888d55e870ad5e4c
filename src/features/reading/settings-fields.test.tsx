import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../config/page-storage';
import { ReadingSettingsProvider } from './reading-settings-context';
import { createReadingSettingsStore } from './reading-settings-store';
import { QuickRepliesField } from './settings-fields';

describe('Quick replies', () => {
  it('are kept one a line in the reading settings, and shown again from them', () => {
    const page = createReadingSettingsStore(memoryStorage());
    const field = (
      <ReadingSettingsProvider settings={page}>
        <QuickRepliesField />
      </ReadingSettingsProvider>
    );
    const { unmount } = render(field);
    const box = screen.getByRole('textbox', { name: 'Quick replies' });
    expect(box).toHaveAccessibleDescription('One per line. Type ; in the message box to pick one.');
    fireEvent.change(box, { target: { value: 'Discord: https://discord.gg/x, come by\nThanks!' } });
    expect(page.store.getState().saved.quickReplies).toEqual([
      'Discord: https://discord.gg/x, come by',
      'Thanks!',
    ]);
    unmount();
    render(field);
    expect(screen.getByRole('textbox', { name: 'Quick replies' })).toHaveValue(
      'Discord: https://discord.gg/x, come by\nThanks!',
    );
  });
});
