import { Suspense, lazy } from 'react';
import { useFeatured } from './featured-context';

// Lines are featured now and then: the strip's code loads with the first one.
const FeaturedControls = lazy(() =>
  import('./featured-controls').then((module) => ({
    default: module.FeaturedControls,
  })),
);

/** Where the dashboard shows the featured line and its queue, while there is one. */
export function FeaturedSlot() {
  const shown = useFeatured((state) => state.current !== null || state.queue.length > 0);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <FeaturedControls />
    </Suspense>
  );
}
