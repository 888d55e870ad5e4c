import { describe, expect, it } from 'vitest';
import { DEFAULT_READING_SETTINGS } from '../reading/reading-settings';
import { createStreamStore } from '../../store/stream-store';
import { makeChatEvent } from '../../testing/factories';
import { parseLineFilter } from '../reading/line-filter';
import { sharedReadingView, sharedRules } from './shared-reading';

describe('shared reading', () => {
  it('gives the columns of one stream one set of rules and one view per filter', () => {
    const store = createStreamStore();
    const other = createStreamStore();
    const rules = sharedRules(store, DEFAULT_READING_SETTINGS, [], '');
    expect(sharedRules(store, DEFAULT_READING_SETTINGS, [], '')).toBe(rules);
    expect(sharedRules(other, DEFAULT_READING_SETTINGS, [], '')).not.toBe(rules);
    expect(
      sharedRules(store, { ...DEFAULT_READING_SETTINGS, hiddenUsers: ['x'] }, [], ''),
    ).not.toBe(rules);

    const options = { foldRepeats: false, showHidden: false };
    const whole = sharedReadingView(rules, options);
    expect(sharedReadingView(rules, { ...options })).toBe(whole);
    const filter = parseLineFilter('network:youtube');
    const youtube = sharedReadingView(rules, { ...options, filter });
    expect(youtube).not.toBe(whole);
    expect(sharedReadingView(rules, { ...options, filter })).toBe(youtube);
    expect(sharedReadingView(rules, { ...options, showHidden: true })).not.toBe(whole);
  });

  it('a filtered view reads only the lines it keeps, without counting the others hidden', () => {
    const store = createStreamStore();
    store
      .getState()
      .addMessages(
        [
          makeChatEvent({ network: 'youtube', text: 'from youtube' }),
          makeChatEvent({ network: 'twitch', text: 'from twitch' }),
          makeChatEvent({ network: 'irc', text: 'from irc' }),
        ],
        0,
      );
    const rules = sharedRules(store, DEFAULT_READING_SETTINGS, [], '');
    const messages = store.getState().messages;
    const youtube = sharedReadingView(rules, {
      foldRepeats: false,
      showHidden: false,
      filter: parseLineFilter('network:youtube'),
    }).update(messages);
    expect(youtube.lines.map((line) => line.text)).toEqual(['from youtube']);
    expect(youtube.hidden).toBe(0);
    const noIrc = sharedReadingView(rules, {
      foldRepeats: false,
      showHidden: false,
      hideIrc: true,
    }).update(messages);
    expect(noIrc.lines.map((line) => line.text)).toEqual(['from youtube', 'from twitch']);
  });
});
