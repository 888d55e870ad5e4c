import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeLiveStatus, makeOfflineStatus } from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import { ViewerPanel } from '../viewers/viewer-panel';
import { AccountList } from './account-list';

let stream: StreamHarness;

beforeEach(() => {
  stream = streamHarness();
});

describe('AccountList', () => {
  it('shows one badge per account with network, name, Live and write ability', () => {
    stream.apply([makeLiveStatus()]);
    render(stream.wrap(<AccountList />));
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
    stream.apply([makeLiveStatus()]);
    const { rerender } = render(stream.wrap(<ViewerPanel />));
    const region = screen.getByRole('region', { name: 'Viewers' });
    expect(region).toHaveTextContent('Twitch: unknown');
    stream.apply([{ type: 'viewcount', accountId: 14, viewerCount: 1234 }]);
    rerender(stream.wrap(<ViewerPanel />));
    expect(region).toHaveTextContent('Twitch: 1,234 viewers');
    expect(region).toHaveTextContent('1,234viewers in total');
  });

  it('says the stream has not started while offline', () => {
    stream.apply([makeOfflineStatus()]);
    render(stream.wrap(<ViewerPanel />));
    expect(screen.getByRole('region', { name: 'Viewers' })).toHaveTextContent('Stream not started');
  });
});
