import type { I18n, MessageDescriptor } from '@lingui/core';
import { msg } from '@lingui/core/macro';
import { Trans, useLingui } from '@lingui/react/macro';
import { useState } from 'react';

/**
 * What the address asked for that the page could not take, in one sentence per part, in the
 * language `i18n` speaks now (the problems were read before it was chosen).
 */
export function addressNoticeText(
  problems: readonly MessageDescriptor[],
  i18n: I18n,
): string | undefined {
  const parts = problems.map((problem) => i18n._(problem)).join('. ');
  return problems.length > 0 ? i18n._(msg`From the address: ${parts}.`) : undefined;
}

/**
 * Says what of the page's address was left out or changed (an unknown stream id, a column too
 * wide): shared and pasted addresses never lose a part silently. Dismissed with its button.
 */
export function AddressNotice({ problems }: { problems: readonly MessageDescriptor[] }) {
  const [dismissed, setDismissed] = useState(false);
  const { t, i18n } = useLingui();
  const text = addressNoticeText(problems, i18n);
  if (!text || dismissed) return null;
  return (
    <div
      role="status"
      aria-label={t`Address notice`}
      className="fixed inset-x-2 bottom-2 z-40 mx-auto flex max-w-xl items-start gap-2 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm break-words text-amber-900 shadow-lg dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="min-w-0 flex-1">{text}</p>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="shrink-0 rounded px-2 py-0.5 font-medium hover:bg-amber-500/20 focus-visible:outline-2 focus-visible:outline-violet-500"
      >
        <Trans>Dismiss</Trans>
      </button>
    </div>
  );
}
