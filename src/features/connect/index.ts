/** Connecting: the form that signs in to a multistreamer and picks a stream. */
import { lazy } from 'react';

export type { ConnectChoice } from './connect-form';

/** Signing in is needed once: a saved or given token opens the stream without loading it. */
export const ConnectForm = lazy(() =>
  import('./connect-form').then((module) => ({ default: module.ConnectForm })),
);
