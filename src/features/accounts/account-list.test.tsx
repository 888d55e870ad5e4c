import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { chatStore } from '../../store/chat-store';
import { makeLiveStatus, makeOfflineStatus } from '../../testing/factories';
import { resetChatStore } from '../../testing/reset-store';
import { ViewerPanel } from '../viewers/viewer-panel';
import { AccountList } from './account-list';

beforeEach(resetChatStore);

describe('AccountList', () => {
  it('shows one badge per account with network, name, Live and write ability', () => {
    chatStore.getState().applyServerEvents([makeLiveStatus()]);
    render(<AccountList />);
    const items = within(screen.getByRole('list', { name: 'Accounts' })).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]).toHaveTextContent('jprjrdev');
    expect(items[1]).toHaveTextContent('Twitch');
    expect(items[1]).toHaveTextContent('Live');
    expect(items[1]).toHaveTextContent('can write');
    expect(within(items[1]!).getByRole('link')).toHaveAttribute(
      'href',
      'https://twitch.tv/jprjrdev',
    );
    expect(items[2]).not.toHaveTextContent('Live');
  });
});

describe('ViewerPanel', () => {
  it('says unknown until counts arrive, then the per-account lines and the total', () => {
    chatStore.getState().applyServerEvents([makeLiveStatus()]);
    const { rerender } = render(<ViewerPanel />);
    const region = screen.getByRole('region', { name: 'Viewers' });
    expect(region).toHaveTextContent('Twitch: unknown');
    chatStore
      .getState()
      .applyServerEvents([{ type: 'viewcount', accountId: 14, viewerCount: 1234 }]);
    rerender(<ViewerPanel />);
    expect(region).toHaveTextContent('Twitch: 1,234 viewers');
    expect(region).toHaveTextContent('1,234viewers in total');
  });

  it('says the stream has not started while offline', () => {
    chatStore.getState().applyServerEvents([makeOfflineStatus()]);
    render(<ViewerPanel />);
    expect(screen.getByRole('region', { name: 'Viewers' })).toHaveTextContent('Stream not started');
  });
});
