/**
 * A bench page: the cost of one chat line, parse plus render plus layout, for every case of
 * the hostile corpus, in the same Chromium as the dashboard. Each measurement uses a line the
 * page has not seen, so nothing comes from the rendered-line cache.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import corpus from '../src/testing/hostile-corpus.json';
import { ChatMessage, type ChatMessageOptions } from '../src/features/chat/chat-message';
import { createImagePolicy } from '../src/protocol/image-hosts';
import { parseServerFrame } from '../src/protocol/parse';
import '../src/index.css';

export interface LineCost {
  name: string;
  medianMs: number;
}

const options: ChatMessageOptions = {
  compact: false,
  showPicture: true,
  images: createImagePolicy(location.origin),
  networkName: (network) => network,
};
const root = createRoot(document.getElementById('root')!);
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
  void document.getElementById('root')!.offsetHeight;
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

(window as unknown as { measureLineCosts: () => LineCost[] }).measureLineCosts = () => {
  const frames = corpus.cases.map(
    (entry) =>
      JSON.parse(JSON.stringify(entry.frame).replaceAll('{{origin}}', location.origin)) as Record<
        string,
        unknown
      >,
  );
  for (let round = 0; round < 3; round += 1) for (const frame of frames) renderOnce(frame);
  return corpus.cases.map((entry, index) => ({
    name: entry.name,
    medianMs:
      Math.round(median(Array.from({ length: 7 }, () => renderOnce(frames[index]!))) * 100) / 100,
  }));
};
