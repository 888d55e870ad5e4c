import { Suspense, lazy } from 'react';
import { useStream } from '../../store/stream-context';

// Unreadable frames are rare: their details load with the first one.
const Diagnostics = lazy(() =>
  import('./diagnostics').then((module) => ({
    default: module.Diagnostics,
  })),
);

/** Where the dashboard says what the connection dropped, once it has dropped anything. */
export function DiagnosticsSlot() {
  const any = useStream(
    (state) =>
      state.ignoredCount > 0 || Object.values(state.droppedCounts).some((count) => !!count),
  );
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <Diagnostics />
    </Suspense>
  );
}
