/** Chat lines kept in the scrollback unless `history=N` says otherwise. */
export const DEFAULT_HISTORY_LIMIT = 10_000;
