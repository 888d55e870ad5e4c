import { Suspense, lazy } from 'react';

// The notice and what it reads load after the first page: most visits never show it.
const UpdateNotice = lazy(() =>
  import('./installable-runtime').then((module) => ({ default: module.UpdateNotice })),
);

/** Where a dashboard or deck says a new version is ready: one line under its header. */
export function UpdateSlot() {
  return (
    <Suspense fallback={null}>
      <UpdateNotice />
    </Suspense>
  );
}
