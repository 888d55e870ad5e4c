import type { ConnectionState } from '../../protocol/connection-state';
import type { StreamSlice } from '../types';

export interface ConnectionSlice {
  connection: ConnectionState;
  /** The socket's state changed; set by the stream session only. */
  setConnection: (next: ConnectionState) => void;
}

export const createConnectionSlice: StreamSlice<ConnectionSlice> = (set) => ({
  connection: { phase: 'idle' },
  setConnection: (connection) => set({ connection }),
});
