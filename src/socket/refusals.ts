/** Refusals in a row after which a dashboard stops retrying and asks for the token again. */
export const MAX_REFUSALS = 3;
