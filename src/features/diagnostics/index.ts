/** Diagnostics: what the connection dropped or could not read (loaded with the first). */
export { DiagnosticsSlot } from './diagnostics-slot';
