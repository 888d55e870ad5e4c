import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdateNotice } from './update-notice';
import { updateOffer } from './update-offer';

afterEach(() => updateOffer.set(null));

describe('the update notice', () => {
  it('says nothing until a new build waits, then "New version:" with Reload and Later', async () => {
    render(<UpdateNotice />);
    expect(screen.queryByRole('status')).toBeNull();

    const reload = vi.fn();
    act(() => updateOffer.set(reload));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent(/^New version:\s*Reload\s*Later$/);

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledOnce();

    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).toBeNull();
    expect(reload).toHaveBeenCalledOnce();
  });
});
