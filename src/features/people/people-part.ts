import { createStore, type StoreApi } from 'zustand';
import { ASSISTANT_STORE, deviceRecord } from '../../session/device-db';
import { dictionary } from '../../store/dictionary';
import { chatterKey, type HistoryLine } from '../../store/slices/history';

/** Notes, nicknames and linked identities of one server's chatters (by `chatterKey`). */
export interface People {
  notes: Readonly<Record<string, string>>;
  nicknames: Readonly<Record<string, string>>;
  /** Each linked chatter's person: the key of the first chatter of the group. */
  links: Readonly<Record<string, string>>;
  /** Display names of linked chatters, for the card ("Same person as"). */
  names: Readonly<Record<string, string>>;
}

export interface PeopleState extends People {
  setNote: (key: string, note: string) => void;
  setNickname: (key: string, nickname: string) => void;
  /** `a` and `b` (and everyone already linked to either) are one person. */
  link: (a: { key: string; name: string }, b: { key: string; name: string }) => void;
  unlink: (key: string) => void;
}

export type PeopleStore = StoreApi<PeopleState>;

export interface PeoplePart {
  readonly people: PeopleStore;
  /** The person a line is from: its chatter, or the linked group's key. */
  personOf(line: Pick<HistoryLine, 'network' | 'from'>): string;
  start(): () => void;
}

const EMPTY: People = { notes: {}, nicknames: {}, links: {}, names: {} };

/** The chatters linked with `key` (itself included). */
export function groupOf(people: Pick<People, 'links'>, key: string): string[] {
  const person = people.links[key];
  if (!person) return [key];
  return Object.keys(people.links).filter((other) => people.links[other] === person);
}

/**
 * Notes, nicknames and "Same person as…" links, kept on this device (IndexedDB, one record per
 * server: a chatter is the same on every stream of it).
 */
export function createPeoplePart(server: string, factory?: IDBFactory): PeoplePart {
  const people: PeopleStore = createStore<PeopleState>()((set, get) => {
    const put = (field: 'notes' | 'nicknames', key: string, value: string) => {
      const next = without(get()[field], key);
      if (value.trim()) next[key] = value.slice(0, 500);
      set({ [field]: next });
    };
    return {
      ...EMPTY,
      setNote: (key, note) => put('notes', key, note),
      setNickname: (key, nickname) => put('nicknames', key, nickname.slice(0, 64)),
      link: (a, b) => {
        if (a.key === b.key) return;
        const links = dictionary(get().links);
        const names = dictionary(get().names);
        const person = links[a.key] ?? a.key;
        const old = links[b.key] ?? b.key;
        for (const key of Object.keys(links)) if (links[key] === old) links[key] = person;
        links[a.key] = person;
        links[b.key] = person;
        names[a.key] = a.name;
        names[b.key] = b.name;
        set({ links, names });
      },
      unlink: (key) => {
        const person = get().links[key];
        let links = without(get().links, key);
        // A group of one is no group.
        const left = Object.keys(links).filter((other) => links[other] === person);
        if (left.length === 1) links = without(links, left[0]!);
        else if (person === key) for (const other of left) links[other] = left[0]!;
        set({ links });
      },
    };
  });
  return {
    people,
    personOf: (line) => {
      const key = chatterKey(line);
      return people.getState().links[key] ?? key;
    },
    start() {
      const record = deviceRecord<People>(ASSISTANT_STORE, `${server}\u0001people`, factory);
      let restored = false;
      void record.read().then((kept) => {
        if (kept && typeof kept === 'object') {
          const state = people.getState();
          people.setState({
            notes: dictionary({ ...safe(kept.notes), ...state.notes }),
            nicknames: dictionary({ ...safe(kept.nicknames), ...state.nicknames }),
            links: dictionary({ ...safe(kept.links), ...state.links }),
            names: dictionary({ ...safe(kept.names), ...state.names }),
          });
        }
        restored = true;
      });
      const stop = people.subscribe((state) => {
        if (!restored) return;
        const { notes, nicknames, links, names } = state;
        record.write({ notes, nicknames, links, names });
      });
      return () => {
        stop();
        record.close();
      };
    },
  };
}

/** Only string values of a kept record. */
function safe(value: unknown): Record<string, string> {
  const out = dictionary<string>({});
  if (!value || typeof value !== 'object') return out;
  for (const [key, item] of Object.entries(value)) if (typeof item === 'string') out[key] = item;
  return out;
}

/** A copy of `record` without `key`. */
function without(record: Readonly<Record<string, string>>, key: string): Record<string, string> {
  const copy = dictionary<string>({});
  for (const other of Object.keys(record)) if (other !== key) copy[other] = record[other]!;
  return copy;
}
