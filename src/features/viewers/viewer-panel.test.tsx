import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeLiveStatus, makeOfflineStatus } from '../../testing/factories';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import { ViewerPanel } from './viewer-panel';

let stream: StreamHarness;

beforeEach(() => {
  stream = streamHarness();
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
