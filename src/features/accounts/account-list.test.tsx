import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeLiveStatus } from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
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
