import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { makeChatEvent } from '../../testing/factories';
import { createPeoplePart, groupOf } from './people-part';

const ada = makeChatEvent({ network: 'twitch', from: { id: '1', name: 'ada' } });
const adaYt = makeChatEvent({ network: 'youtube', from: { id: 'UC1', name: 'Ada' } });
const bob = makeChatEvent({ network: 'facebook', from: { id: '9', name: 'Bob' } });

describe('people', () => {
  it('links chatters of any networks into one person, and unlinks them', () => {
    const part = createPeoplePart('https://ms.example', new IDBFactory());
    const people = part.people.getState();
    expect(part.personOf(ada)).toBe('twitch:1');
    people.link({ key: 'twitch:1', name: 'ada' }, { key: 'youtube:UC1', name: 'Ada' });
    expect(part.personOf(adaYt)).toBe(part.personOf(ada));
    // Linking a third to either joins the same group.
    part.people
      .getState()
      .link({ key: 'facebook:9', name: 'Bob' }, { key: 'youtube:UC1', name: 'Ada' });
    expect(part.personOf(bob)).toBe(part.personOf(ada));
    expect(groupOf(part.people.getState(), 'twitch:1').sort()).toEqual([
      'facebook:9',
      'twitch:1',
      'youtube:UC1',
    ]);
    part.people.getState().unlink('twitch:1');
    expect(part.personOf(ada)).toBe('twitch:1');
    expect(part.personOf(bob)).toBe(part.personOf(adaYt));
    part.people.getState().unlink('facebook:9');
    expect(part.people.getState().links).toEqual({});
  });

  it('keeps notes, nicknames and links on the device, per server', async () => {
    const factory = new IDBFactory();
    const part = createPeoplePart('https://ms.example', factory);
    const stop = part.start();
    await new Promise((resolve) => setTimeout(resolve, 30));
    part.people.getState().setNickname('twitch:1', 'Ada');
    part.people.getState().setNote('twitch:1', 'Moderator on Discord');
    part.people
      .getState()
      .link({ key: 'twitch:1', name: 'ada' }, { key: 'youtube:UC1', name: 'Ada' });
    stop();
    const again = createPeoplePart('https://ms.example', factory);
    const stopAgain = again.start();
    await expect.poll(() => again.people.getState().nicknames['twitch:1']).toBe('Ada');
    expect(again.people.getState().notes['twitch:1']).toBe('Moderator on Discord');
    expect(again.personOf(adaYt)).toBe(again.personOf(ada));
    stopAgain();
    const other = createPeoplePart('https://other.example', factory);
    const stopOther = other.start();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(other.people.getState().nicknames).toEqual({});
    stopOther();
  });
});
