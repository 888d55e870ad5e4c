import type { ReactNode } from 'react';
import { ErrorBoundary } from '../../components/ui/error-boundary';

/** One chat line that failed to render falls back to its plain text, alone. */
export function RowBoundary({
  author,
  text,
  children,
}: {
  author: string;
  text: string;
  children: ReactNode;
}) {
  return (
    <ErrorBoundary
      fallback={
        <article className="chat-line px-3 py-1 text-zinc-500">
          <span className="font-semibold">{author}</span>: {text}
        </article>
      }
    >
      {children}
    </ErrorBoundary>
  );
}
