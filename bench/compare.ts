/**
 * `npx tsx bench/compare.ts A.json B.json …`: the figures of several `npm run bench` runs side
 * by side, as a Markdown table (for bench/RESULTS.md).
 */
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;

const files = process.argv.slice(2);
const runs = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Json);

const rows: Array<[string, (run: Json) => unknown]> = [];
const burst = (index: number) => (run: Json) => (run.bursts as Json[])[index] ?? {};
const flood = (index: number) => (run: Json) => (run.floods as Json[])[index] ?? {};
const never = (ms: unknown) => (typeof ms === 'number' && ms < 0 ? 'never' : ms);
for (const [index, name] of ['5,000', '20,000'].entries()) {
  rows.push(
    [
      `burst ${name}: ms until the last is visible`,
      (run) => never(burst(index)(run).msUntilLastVisible),
    ],
    [`burst ${name}: longest frame, ms`, (run) => burst(index)(run).longestFrameMs],
    [`burst ${name}: frames over 100 ms`, (run) => burst(index)(run).framesOver100ms],
  );
}
for (const [index, name] of ['500/s', '2,000/s', '500/s + 20 hostile/s'].entries()) {
  rows.push(
    [
      `${name}: frames over 33 ms`,
      (run) => `${((flood(index)(run).shareOfFramesOver33ms as number) * 100).toFixed(1)} %`,
    ],
    [`${name}: ms behind at the end`, (run) => never(flood(index)(run).msBehindAtEnd)],
    [`${name}: most ms behind`, (run) => flood(index)(run).maxMsBehind],
    [`${name}: longest frame, ms`, (run) => flood(index)(run).longestFrameMs],
  );
}
rows.push(
  ['heap growth 2,000 → 52,000 lines, MB', (run) => (run.memory as Json).heapGrowthMb],
  ['message rows in the DOM', (run) => (run.memory as Json).messageRows],
  ['worst hostile line, ms', (run) => (run.lineCost as Json).worstMs],
  ['worst hostile line', (run) => (run.lineCost as Json).worst],
  ['an ordinary line, ms', (run) => (run.lineCost as Json).plainLineMs],
  ['initial JS, gzipped bytes', (run) => (run.bundle as Json).initialJsGzipBytes],
);

const header = ['measure', ...runs.map((run) => String(run.label))];
const lines = rows.map(([name, read]) => [name, ...runs.map((run) => String(read(run)))]);
const widths = header.map((_, column) =>
  Math.max(...[header, ...lines].map((line) => line[column]!.length)),
);
const format = (line: string[]) =>
  `| ${line.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log(format(header));
console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
for (const line of lines) console.log(format(line));
