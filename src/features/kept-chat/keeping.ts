/**
 * What keeping chat on the device needs once a session starts (chat-keeper.ts loads it): the
 * history in IndexedDB, read back and checked as live frames are, and the writing lock.
 */
export { openKeptHistory } from './kept-history';
export { keepWhileWriter } from './keep-lines';
