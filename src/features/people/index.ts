/**
 * People: notes, nicknames and "Same person as…" links between chatters of any networks, kept
 * on this device. Loaded on demand with the streamer's assistant.
 */
export {
  createPeoplePart,
  groupOf,
  type People,
  type PeoplePart,
  type PeopleState,
  type PeopleStore,
} from './people-part';
export { PeopleFields } from './people-fields';
