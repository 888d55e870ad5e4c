import { act, render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_READING_SETTINGS } from '../reading/reading-settings';
import type { ReadingSettingsStore } from '../reading/reading-settings-store';
import { streamHarness, type StreamHarness } from '../../testing/stream-harness';
import { LearningNote } from './learning-note';

let stream: StreamHarness;
let readingSettings: ReadingSettingsStore;
beforeEach(() => {
  stream = streamHarness();
  readingSettings = stream.readingSettings;
  readingSettings.store.setState({
    saved: DEFAULT_READING_SETTINGS,
    settings: DEFAULT_READING_SETTINGS,
    overrides: {},
    notice: null,
  });
});

describe('LearningNote', () => {
  it('says how long the device still learns who chats, in whole minutes, until it has', () => {
    render(stream.wrap(<LearningNote />));
    // Not known yet (the device's count is being read): nothing said.
    expect(screen.queryByText(/Learning/)).toBeNull();
    act(() => stream.store.getState().setFollowedMs(15 * 60_000 + 20_000));
    expect(screen.getByText('Learning who chats here: 45 min left')).toBeInTheDocument();
    act(() => stream.store.getState().setFollowedMs(60 * 60_000));
    expect(screen.queryByText(/Learning/)).toBeNull();
  });

  it('says nothing when marks are off or start at once, and follows the setting', () => {
    render(stream.wrap(<LearningNote />));
    act(() => stream.store.getState().setFollowedMs(0));
    expect(screen.getByText('Learning who chats here: 60 min left')).toBeInTheDocument();
    act(() => readingSettings.store.getState().change({ learnMinutes: 90 }));
    expect(screen.getByText('Learning who chats here: 90 min left')).toBeInTheDocument();
    act(() => readingSettings.store.getState().change({ learnMinutes: 0 }));
    expect(screen.queryByText(/Learning/)).toBeNull();
    act(() => readingSettings.store.getState().change({ learnMinutes: 60, highlightFirst: false }));
    expect(screen.queryByText(/Learning/)).toBeNull();
  });
});
