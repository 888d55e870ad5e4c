/**
 * The featured line: a chat line put on stream from the dashboard (Feature, Ctrl/Cmd to
 * queue), the controls over the chat, and the `?featured` overlay for OBS.
 */
import { lazy } from 'react';

export { FEATURED_CHANNEL, readFeaturedMessage, type FeaturedLine } from './featured-store';
export { FeaturedProvider, useFeatured, useFeaturedStore } from './featured-context';
export { useFeatureLine } from './use-feature-line';
export { FeaturedSlot } from './featured-slot';

/** The `?featured` page, a page of its own (loaded only there). */
export const FeaturedOverlay = lazy(() =>
  import('./featured-overlay').then((module) => ({ default: module.FeaturedOverlay })),
);
