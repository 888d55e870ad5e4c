/**
 * A bench page, in the same Chromium as the dashboard:
 * - `measureLineCosts`: the cost of one chat line, parse plus render plus layout, for every
 *   case of the hostile corpus. Each measurement uses a line the page has not seen, so nothing
 *   comes from the rendered-line cache.
 * - `measureRowCost`: what a row of the chat log costs to add, render and recycle, on the
 *   dashboard (Reply, Feature, reading marks) or in a widget: lines are applied to a stream's
 *   store a few at a time, as a flood brings them, and each update is timed from the store
 *   through React's render and commit to the browser's layout.
 *
 * It imports only what every commit since the reading tools has (the chat log, the stream
 * harness, the parser), so `--baseline` builds the same page against an older commit.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import corpus from '../src/testing/hostile-corpus.json';
import { ChatLog } from '../src/features/chat/chat-log';
import { ChatMessage, type ChatMessageOptions } from '../src/features/chat/chat-message';
import { loadMarkdownParser } from '../src/components/message-text/message-markdown';
import { createImagePolicy } from '../src/protocol/image-hosts';
import { parseServerFrame } from '../src/protocol/parse';
import type { ServerEvent } from '../src/protocol/events';
import { streamHarness } from '../src/testing/stream-harness';
import '../src/index.css';

export interface LineCost {
  name: string;
  medianMs: number;
}

export interface RowCost {
  /** ms per line added, from the store update to layout, over the whole run. */
  msPerLine: number;
  lines: number;
  updates: number;
  /** Rows in the DOM at the end. */
  rows: number;
}

const options: ChatMessageOptions = {
  compact: false,
  showPicture: true,
  images: createImagePolicy(location.origin),
  networkName: (network) => network,
};
const rootElement = document.getElementById('root')!;
const root = createRoot(rootElement);
let unique = 0;

function renderOnce(frame: Record<string, unknown>): number {
  unique += 1;
  const fresh = {
    ...frame,
    text: `${String(frame.text ?? '')} ${unique}`,
    ...(typeof frame.markdown === 'string' && { markdown: `${frame.markdown} ${unique}` }),
  };
  const started = performance.now();
  const result = parseServerFrame(fresh);
  if (!result.ok || result.event.type !== 'chat') return 0;
  const message = { ...result.event, seq: unique, receivedAt: Date.now() };
  flushSync(() => root.render(<ChatMessage message={message} options={options} />));
  void rootElement.offsetHeight;
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const SAID = [
  'hello from the other side of the world!',
  'that jump was clean',
  'is this the new setup? looks great',
  'what keyboard is that?',
  'no way that worked',
  'can you show the settings again?',
  'greetings from Lisbon',
  'this track is a banger',
];
const EMOTES = [
  ['Kappa', 25],
  ['PogChamp', 88],
  ['LUL', 425618],
] as const;

/** Chat as the simulator's bench crowd says it: `plain` or `rich`, 300 chatters on Twitch. */
function crowdEvent(n: number, content: 'plain' | 'rich'): ServerEvent {
  const said = SAID[n % SAID.length]!;
  const escaped = said.replace(/[\\`*_{}[\]()#+\-.!<>|~]/g, (char) => `\\${char}`);
  const [code, id] = EMOTES[n % EMOTES.length]!;
  const image = `![${code}](${location.origin}/emoticons/v1/${id}/1.0)`;
  const name = `viewer_${(n * 7919) % 300}`;
  const markdown =
    content === 'rich'
      ? `${escaped} _so_ **played**, see [clip](https://clips.example.com/${n}) ${image} \\#${n}`
      : `${escaped} ${image} \\#${n}`;
  const result = parseServerFrame({
    type: 'text',
    network: 'twitch',
    account_id: 14,
    from: { id: String(1000 + ((n * 7919) % 300)), name, picture: `${location.origin}/a.svg` },
    text: `${said} ${code} #${n}`,
    markdown,
    timestamp: Date.now(),
  });
  if (!result.ok) throw new Error(`bench line not read: ${result.reason}`);
  return result.event;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

Object.assign(window, {
  measureLineCosts(): LineCost[] {
    const frames = corpus.cases.map(
      (entry) =>
        JSON.parse(JSON.stringify(entry.frame).replaceAll('{{origin}}', location.origin)) as Record<
          string,
          unknown
        >,
    );
    for (let round = 0; round < 3; round += 1) for (const frame of frames) renderOnce(frame);
    const costs = corpus.cases.map((entry, index) => ({
      name: entry.name,
      medianMs:
        Math.round(median(Array.from({ length: 7 }, () => renderOnce(frames[index]!))) * 100) / 100,
    }));
    flushSync(() => root.render(null));
    return costs;
  },

  async measureRowCost({
    widget,
    content,
    lines,
    batch,
  }: {
    widget: boolean;
    content: 'plain' | 'rich';
    lines: number;
    batch: number;
  }): Promise<RowCost> {
    await loadMarkdownParser();
    const harness = streamHarness();
    const images = createImagePolicy(location.origin);
    const view = {
      hideIrc: false,
      hidePm: false,
      compact: false,
      showPicture: true,
      fromBottom: false,
      fadeoutSeconds: null,
    };
    flushSync(() =>
      root.render(
        harness.wrap(
          <div style={{ height: 800, display: 'flex', flexDirection: 'column' }}>
            <ChatLog images={images} view={view} widget={widget} />
          </div>,
        ),
      ),
    );
    const base = unique;
    unique += lines + 200;
    const events = Array.from({ length: lines + 200 }, (_, i) => crowdEvent(base + i, content));
    // Warm up: the first screen of rows, the parser loaded, the code compiled.
    for (let at = 0; at < 200; at += batch) {
      flushSync(() => harness.apply(events.slice(at, at + batch)));
      await nextFrame();
    }
    let spent = 0;
    let updates = 0;
    for (let at = 200; at < events.length; at += batch) {
      const slice = events.slice(at, at + batch);
      const started = performance.now();
      flushSync(() => harness.apply(slice));
      void rootElement.offsetHeight;
      spent += performance.now() - started;
      updates += 1;
      await nextFrame();
    }
    const rows = rootElement.querySelectorAll('[role="log"] article').length;
    flushSync(() => root.render(null));
    return { msPerLine: Math.round((spent / lines) * 1000) / 1000, lines, updates, rows };
  },
});
