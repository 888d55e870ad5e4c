/** The deck: several streams side by side, one column each (`?deck`). */
import { lazy } from 'react';

/** Loaded only on a deck page. */
export const Deck = lazy(() => import('./deck').then((module) => ({ default: module.Deck })));
