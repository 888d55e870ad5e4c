import { Trans, useLingui } from '@lingui/react/macro';
import { useId, useState, type ReactNode } from 'react';
import { Panel } from '../../components/ui/panel';
import { AccountBadges, AccountList } from '../accounts';
import { ViewerPanel, ViewerSummary } from '../viewers';

/**
 * How many watch and which accounts: the top of a stream's side panel or deck column. Folded
 * (`folded`), each panel is one line, its total or its live badges still shown, opened by a
 * button with `aria-expanded`; otherwise both are shown in full.
 */
export function StreamOverview({
  trends = true,
  folded = false,
}: { trends?: boolean; folded?: boolean } = {}) {
  const { t } = useLingui();
  if (!folded) {
    return (
      <>
        <Panel name="viewers">
          <ViewerPanel trends={trends} />
        </Panel>
        <Panel name="accounts">
          <AccountList />
        </Panel>
      </>
    );
  }
  return (
    <>
      <Fold label={t`Viewers`} summary={<ViewerSummary />}>
        <Panel name="viewers">
          <ViewerPanel trends={trends} heading={false} />
        </Panel>
      </Fold>
      <Fold label={t`Accounts`} summary={<AccountBadges />}>
        <Panel name="accounts">
          <AccountList heading={false} />
        </Panel>
      </Fold>
    </>
  );
}

/** A panel folded to one line (its name, and a summary), opened to the full panel below. */
function Fold({
  label,
  summary,
  children,
}: {
  label: string;
  summary: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <div className="flex min-h-7 min-w-0 items-center gap-2">
        <FoldButton label={label} open={open} controls={id} onToggle={() => setOpen(!open)} />
        {!open && <Panel name={label.toLowerCase()}>{summary}</Panel>}
      </div>
      {open && (
        <div id={id} className="pb-1">
          {children}
        </div>
      )}
    </div>
  );
}

/** The fold's button: a heading-sized name with a chevron that turns when open. */
export function FoldButton({
  label,
  open,
  controls,
  onToggle,
  brief = false,
}: {
  label: string;
  open: boolean;
  /** The id of what it opens (only there while open). */
  controls: string;
  onToggle: () => void;
  /** Only the chevron shows (the name is said, and shown on hover). */
  brief?: boolean;
}) {
  return (
    <button
      type="button"
      aria-expanded={open}
      aria-controls={open ? controls : undefined}
      onClick={onToggle}
      title={brief ? label : undefined}
      className="panel-heading flex shrink-0 items-center gap-1 rounded px-1 py-0.5 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className={`size-3.5 transition-transform rtl:-scale-x-100 ${open ? 'rotate-90 rtl:-rotate-90' : ''}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="m9 6 6 6-6 6" />
      </svg>
      <span className={brief ? 'sr-only' : ''}>{label}</span>
    </button>
  );
}

/** Disconnect and forget the token on this device; styled by where it sits. */
export function SignOutButton({
  onSignOut,
  className,
}: {
  onSignOut: () => void;
  className: string;
}) {
  const { t } = useLingui();
  return (
    <button
      type="button"
      onClick={onSignOut}
      title={t`Disconnect and forget the token on this device`}
      className={`rounded-md px-2 py-1 text-sm text-zinc-600 hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:text-zinc-400 ${className}`}
    >
      <Trans>Sign out</Trans>
    </button>
  );
}
