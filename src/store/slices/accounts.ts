import type { Account, StatusEvent } from '../../protocol/events';
import type { StreamSlice } from '../types';

export interface AccountsSlice {
  /** True once the first `status` of this page has arrived. */
  statusKnown: boolean;
  /** `data_pushing`: the stream is live. */
  streamLive: boolean;
  /** The latest `status` account list, sorted by id. */
  accounts: Account[];
  applyStatus: (event: StatusEvent) => void;
}

export const createAccountsSlice: StreamSlice<AccountsSlice> = (set) => ({
  statusKnown: false,
  streamLive: false,
  accounts: [],
  // A status replaces the previous list entirely.
  applyStatus: (event) =>
    set({ statusKnown: true, streamLive: event.streamLive, accounts: event.accounts }),
});
