import type { ClientCommand } from '../../protocol/messages';
import type { ChatSlice } from '../types';

/** The one way out to the server: set by the socket binding, never by React. */
export interface Transport {
  send: (command: ClientCommand) => boolean;
  /** Skip the reconnect wait. */
  retryNow: () => void;
}

export interface TransportSlice {
  transport: Transport | null;
  setTransport: (transport: Transport | null) => void;
  /** Sends when a transport is attached and open; false when it could not. */
  send: (command: ClientCommand) => boolean;
  retryNow: () => void;
}

export const createTransportSlice: ChatSlice<TransportSlice> = (set, get) => ({
  transport: null,
  setTransport: (transport) => set({ transport }),
  send: (command) => {
    const { transport, connection } = get();
    if (!transport || connection.phase !== 'connected') return false;
    return transport.send(command);
  },
  retryNow: () => get().transport?.retryNow(),
});
