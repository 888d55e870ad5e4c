/** Diagnostics: what the connection dropped or could not read. */
export { Diagnostics } from './diagnostics';
