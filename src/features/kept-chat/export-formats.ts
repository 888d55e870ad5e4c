import type { ExportLine, Recap } from './recap';

export type ExportFormat = 'txt' | 'json' | 'csv';

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** `2026-11-29 19:05:07`, in the streamer's own time zone; empty for no valid time. */
export function localTime(at: number): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** `chatdeck-<stream>-<date>.<ext>`, the date of the export, local. */
export function exportFileName(stream: number, format: ExportFormat, now = Date.now()): string {
  return `chatdeck-${stream}-${localTime(now).slice(0, 10)}.${format}`;
}

function timeOf(line: ExportLine): number {
  return line.event.timestamp ?? line.receivedAt;
}

/** ISO 8601 in UTC; empty for a time no Date can hold (`1e20`), never a thrown RangeError. */
export function isoTime(at: number): string {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

/** Every line break a text viewer honours: CR LF, a lone CR or LF, NEL, LS, PS. */
const LINE_BREAKS = /\r\n?|[\n\u0085\u2028\u2029]/g;

/** One line each: `[time] [network] name: text` (an action: `name text`). */
export function exportText(lines: readonly ExportLine[]): string {
  return lines
    .map(({ event, ...line }) => {
      const to = event.to ? ` (private to ${event.to.name})` : '';
      const said = event.kind === 'emote' ? ` ${event.text}` : `: ${event.text}`;
      const text = `[${localTime(timeOf({ event, ...line }))}] [${event.network}] ${event.from.name}${to}${said}`;
      return text.replace(LINE_BREAKS, ' ');
    })
    .join('\n')
    .concat(lines.length > 0 ? '\n' : '');
}

export const CSV_COLUMNS = [
  'time',
  'received',
  'network',
  'account_id',
  'kind',
  'author',
  'author_id',
  'to',
  'via_api',
  'text',
  'markdown',
] as const;

/**
 * A cell as CSV: quoted when it must be; a cell that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, return) or that starts with `'` gets a leading `'`, dropped again
 * on reading, so chat can never run a formula in the streamer's spreadsheet.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function exportCsv(lines: readonly ExportLine[]): string {
  const rows = lines.map(({ event, receivedAt }) =>
    [
      isoTime(event.timestamp ?? receivedAt),
      isoTime(receivedAt),
      event.network,
      String(event.accountId),
      event.kind,
      event.from.name,
      event.from.id ?? '',
      event.to?.name ?? '',
      event.viaApi ? 'yes' : '',
      event.text,
      event.markdown ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

/** Reads CSV written by `exportCsv` back into rows of cells (RFC 4180 quoting). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    // A leading ' was added by csvCell: it is not part of the value.
    row.push(cell.startsWith("'") ? cell.slice(1) : cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') endCell();
    else if (char === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    endCell();
    rows.push(row);
  }
  return rows;
}

/** The events as received, with times, and the stream's recap. */
export function exportJson(
  lines: readonly ExportLine[],
  {
    server,
    stream,
    recap,
    giveaways,
    now = Date.now(),
  }: {
    server: string;
    stream: number;
    recap: Recap;
    /** The giveaways of this page: entrants and the draw. */
    giveaways?: readonly unknown[];
    now?: number;
  },
): string {
  return `${JSON.stringify(
    {
      format: 'chatdeck-chat',
      version: 1,
      server,
      stream,
      exportedAt: isoTime(now),
      recap,
      ...(giveaways && giveaways.length > 0 && { giveaways }),
      events: lines.map(({ event, receivedAt }) => ({ receivedAt, ...event })),
    },
    null,
    2,
  )}\n`;
}
