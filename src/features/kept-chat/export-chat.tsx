import { msg } from '@lingui/core/macro';
import type { MessageDescriptor } from '@lingui/core';
import { Trans, useLingui } from '@lingui/react/macro';
import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { useCurrentSession, useStreamActions } from '../../session/stream-provider';
import type { ExportFormat } from './export-formats';
import type { ExportLine, Recap } from './recap';
import { useStream, useStreamStore } from '../../store/stream-context';
import type { StreamState } from '../../store/types';

// The recap is a dialog few see more than once a stream: loaded when it opens.
const RecapDialog = lazy(() =>
  import('./recap-dialog').then((module) => ({ default: module.RecapDialog })),
);

const FORMATS: { format: ExportFormat; label: MessageDescriptor; type: string }[] = [
  { format: 'txt', label: msg`Text`, type: 'text/plain;charset=utf-8' },
  { format: 'json', label: msg`JSON`, type: 'application/json' },
  { format: 'csv', label: msg`CSV`, type: 'text/csv;charset=utf-8' },
];

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The recap and the file formats load when first asked for (a click, or the stream's end). */
async function recapOf(state: StreamState, lines: readonly ExportLine[]): Promise<Recap> {
  const { computeRecap } = await import('./recap');
  return computeRecap({
    lines,
    viewerPoints: state.viewerPoints,
    chatMinutes: state.chatMinutes,
    liveSince: state.liveSince,
    liveUntil: state.liveUntil,
    accounts: Object.values(state.accountsSeen),
  });
}

/**
 * `button` "Export chat": the kept history of this stream as Text, JSON (events with times and
 * the recap) or CSV; and the stream's Recap, which also opens by itself when the stream ends.
 */
export function ExportChat({ server, stream }: { server: string; stream: number }) {
  const { t, i18n } = useLingui();
  const { keptLines } = useStreamActions();
  const store = useStreamStore();
  const liveUntil = useStream((current) => current.liveUntil);
  const keeping = useStream((current) => current.keeping);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [recap, setRecap] = useState<Recap | null>(null);
  const assistant = useCurrentSession().assistant;
  const button = useRef<HTMLButtonElement>(null);

  const showRecap = async () => {
    const lines = await keptLines();
    setRecap(await recapOf(store.getState(), lines));
  };
  // The stream ended while this page watched: its recap, once.
  const seenEnd = useRef(liveUntil);
  useEffect(() => {
    if (liveUntil === null || liveUntil === seenEnd.current) return;
    seenEnd.current = liveUntil;
    void showRecap();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the stream ends
  }, [liveUntil]);

  const exportAs = async (format: ExportFormat, type: string) => {
    setBusy(true);
    try {
      const lines = await keptLines();
      const files = await import('./export-formats');
      const text =
        format === 'txt'
          ? files.exportText(lines)
          : format === 'csv'
            ? files.exportCsv(lines)
            : files.exportJson(lines, {
                server,
                stream,
                recap: await recapOf(store.getState(), lines),
                giveaways: assistant.getState().parts?.giveaway.records(),
              });
      download(files.exportFileName(stream, format), text, type);
    } finally {
      setBusy(false);
      // The choice's button goes with the choices: the focus back to what opened them.
      button.current?.focus();
      setOpen(false);
    }
  };

  return (
    <div className="relative flex flex-col gap-1">
      <div className="flex flex-wrap gap-2">
        <button
          ref={button}
          type="button"
          aria-expanded={open}
          onClick={() => setOpen((shown) => !shown)}
          className="rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:border-zinc-700"
        >
          <Trans>Export chat</Trans>
        </button>
        <button
          type="button"
          onClick={() => void showRecap()}
          className="rounded-md border border-zinc-300 px-2.5 py-1 text-sm font-medium hover:bg-zinc-500/10 focus-visible:outline-2 focus-visible:outline-violet-500 dark:border-zinc-700"
        >
          <Trans>Recap</Trans>
        </button>
      </div>
      {open && (
        // eslint-disable-next-line jsx-a11y/no-static-element-interactions -- Escape closes the choices
        <div
          className="flex flex-wrap items-center gap-1.5 text-sm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              setOpen(false);
              button.current?.focus();
            }
          }}
        >
          <span className="text-xs text-zinc-500 dark:text-zinc-400">
            <Trans>Save as</Trans>
          </span>
          {FORMATS.map(({ format, label, type }) => (
            <button
              key={format}
              type="button"
              disabled={busy}
              onClick={() => void exportAs(format, type)}
              className="rounded-md bg-violet-600 px-2.5 py-1 text-xs font-semibold text-white hover:bg-violet-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-violet-500 disabled:opacity-50"
            >
              {i18n._(label)}
            </button>
          ))}
        </div>
      )}
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        {keeping === 'memory'
          ? t`This browser keeps nothing here (a private window or blocked storage): chat lasts until this page closes.`
          : t`Chat is kept on this device (Settings: how long).`}
      </p>
      {recap && (
        <Suspense fallback={null}>
          <RecapDialog recap={recap} onClose={() => setRecap(null)} />
        </Suspense>
      )}
    </div>
  );
}
