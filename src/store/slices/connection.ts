import type { ConnectionState } from '../../socket/connection-state';
import type { ChatSlice } from '../types';

export interface ConnectionSlice {
  connection: ConnectionState;
  /** The socket's state changed; called by the socket binding only. */
  setConnection: (next: ConnectionState) => void;
}

export const createConnectionSlice: ChatSlice<ConnectionSlice> = (set, get) => ({
  connection: { phase: 'idle' },
  setConnection: (next) => {
    const wasConnected = get().connection.phase === 'connected';
    set({ connection: next });
    if (next.phase === 'connected' && !wasConnected) get().onConnected();
    if (next.phase !== 'connected' && wasConnected) get().onDisconnected();
  },
});
