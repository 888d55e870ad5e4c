import { Trans } from '@lingui/react/macro';
import type { ReactNode } from 'react';
import { ErrorBoundary } from './error-boundary';

/** One dashboard panel: if it fails to render, it says so alone and the rest keeps working. */
export function Panel({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallback={
        <p role="alert" className="p-3 text-sm text-rose-600">
          <Trans>The {name} panel failed to show. The rest of Chatdeck keeps working.</Trans>
        </p>
      }
    >
      {children}
    </ErrorBoundary>
  );
}
