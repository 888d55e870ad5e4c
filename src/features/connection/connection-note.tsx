import { useLingui } from '@lingui/react/macro';
import { useConnectionTrouble } from './use-connection-trouble';

/**
 * For widgets: why the chat is not live, in one small line at the top edge that never covers
 * the chat and takes no clicks. Nothing while connected or before the first attempt ends.
 */
export function ConnectionNote() {
  const { t } = useLingui();
  const text = useConnectionTrouble({ brief: true });
  if (text === null) return null;
  return (
    <p
      role="status"
      aria-label={t`Connection`}
      className="pointer-events-none absolute top-1 end-1 start-1 z-10 truncate rounded bg-black/60 px-2 py-0.5 text-center text-[11px] text-white"
    >
      {text}
    </p>
  );
}
