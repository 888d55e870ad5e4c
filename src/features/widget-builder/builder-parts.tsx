import type { MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import type { ReactNode } from 'react';

/** The widget builder's small parts: the preview's backdrops and a titled group of options. */

export type Backdrop = 'dark' | 'light' | 'checks';

/** Each preview backdrop's name, drawn in the page's language. */
export const BACKDROP_NAMES: Record<Backdrop, MessageDescriptor> = {
  dark: msg`dark scene`,
  light: msg`light scene`,
  checks: msg`checkerboard`,
};

export const BACKDROPS: Record<Backdrop, string> = {
  dark: 'bg-zinc-900',
  light: 'bg-zinc-100',
  checks: 'preview-checks',
};

/** One group of the builder's options, titled. */
export function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="flex min-w-0 flex-col gap-2.5">
      <legend className="mb-2 text-xs font-semibold tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
        {title}
      </legend>
      {children}
    </fieldset>
  );
}
