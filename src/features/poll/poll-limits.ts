/** A poll's bounds: what `/poll` accepts and what another page's poll may hold. */
export const DEFAULT_POLL_SECONDS = 60;
export const MAX_POLL_OPTIONS = 9;
export const MIN_POLL_SECONDS = 10;
export const MAX_POLL_SECONDS = 3_600;
