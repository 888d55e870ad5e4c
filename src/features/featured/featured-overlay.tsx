import { useLingui } from '@lingui/react/macro';
import { useEffect, useMemo, useState } from 'react';
import { NetworkIcon } from '../../components/network/network-icon';
import { createImagePolicy, type ImagePolicy } from '../../protocol/image-hosts';
import { broadcastChannel, type FeaturedLine } from './featured-store';
import { authorColorClass } from '../../components/message-text/author-color';
import { MessageMarkdown } from '../../components/message-text/message-markdown';

/** How long the entrance and exit take, ms (the CSS animations match). */
export const FEATURED_TRANSITION_MS = 350;

export interface FeaturedOverlayOptions {
  /** Seconds a line stays before it leaves on its own; null keeps it until cleared. */
  showtimeSeconds: number | null;
  /** `speech=LANG`: featured lines are read aloud in this language. */
  speechLang: string | null;
  /**
   * Where its images may come from: the multistreamer of its own address (`server`, else the
   * page's origin) and its `image_hosts`, never a host a message names.
   */
  server: string;
  imageHosts: readonly string[];
  /** The builder's preview: a sample line while nothing is featured. */
  preview: boolean;
}

/** The builder's sample line (its words in the page's language). */
const SAMPLE: Omit<FeaturedLine, 'text'> = {
  id: 'sample',
  name: 'Lena Fischer',
  network: 'youtube',
  networkName: 'YouTube',
  kind: 'text',
  at: 0,
};

/** Reads `words` aloud in `lang` (the line's own words are said as written). */
function speak(words: string, lang: string): void {
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  const utterance = new SpeechSynthesisUtterance(words);
  utterance.lang = lang;
  synth.cancel();
  synth.speak(utterance);
}

/**
 * The `?featured` page: the line a dashboard features, large, over the stream (transparent
 * around it). It asks the dashboards what is featured when it opens, then follows them.
 */
export function FeaturedOverlay({ options }: { options: FeaturedOverlayOptions }) {
  const { showtimeSeconds, speechLang, server, imageHosts, preview } = options;
  const images = useMemo(() => createImagePolicy(server, imageHosts), [server, imageHosts]);
  const [shown, setShown] = useState<{ line: FeaturedLine; shownAt: number } | null>(null);
  const [leaving, setLeaving] = useState<FeaturedLine | null>(null);

  useEffect(() => {
    const channel = broadcastChannel();
    if (!channel) return;
    const stop = channel.listen((message) => {
      if (message.type === 'show') setShown({ line: message.line, shownAt: message.shownAt });
      else if (message.type === 'clear') setShown(null);
    });
    channel.post({ type: 'ask' });
    return stop;
  }, []);

  // Leaving: the old line animates out while the new one (if any) comes in.
  const [previous, setPrevious] = useState<FeaturedLine | null>(null);
  const current = shown?.line ?? null;
  if (current?.id !== previous?.id) {
    if (previous) setLeaving(previous);
    setPrevious(current);
  }
  useEffect(() => {
    if (!leaving) return;
    const timer = setTimeout(() => setLeaving(null), FEATURED_TRANSITION_MS);
    return () => clearTimeout(timer);
  }, [leaving]);

  // showtime: the line leaves on its own, counted from when the dashboard showed it.
  useEffect(() => {
    if (!shown || showtimeSeconds === null) return;
    const left = shown.shownAt + showtimeSeconds * 1000 - Date.now();
    const timer = setTimeout(() => setShown(null), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [shown, showtimeSeconds]);

  const { t } = useLingui();
  useEffect(() => {
    if (!current || !speechLang) return;
    // "NAME says: TEXT" in the page's language (its `lang=`, or the device's choice).
    const { name, text } = current;
    speak(current.kind === 'emote' ? `${name} ${text}` : t`${name} says: ${text}`, speechLang);
  }, [current, speechLang, t]);
  const sample = { ...SAMPLE, text: t`This is how a featured line looks on stream!` };
  const line = current ?? (preview && !leaving ? sample : null);
  return (
    <div className="featured-page flex h-dvh items-end p-[3vw]">
      {leaving && <FeaturedCard key={`out-${leaving.id}`} line={leaving} images={images} leaving />}
      {line && <FeaturedCard key={line.id} line={line} images={images} />}
    </div>
  );
}

function FeaturedCard({
  line,
  images,
  leaving = false,
}: {
  line: FeaturedLine;
  images: ImagePolicy;
  leaving?: boolean;
}) {
  const { t } = useLingui();
  const picture = line.picture && images.allows(line.picture) ? line.picture : null;
  return (
    <section
      aria-label={leaving ? undefined : t`Featured`}
      aria-hidden={leaving || undefined}
      className={`featured-card ${leaving ? 'featured-out absolute' : 'featured-in'} flex max-w-[min(90vw,70rem)] items-start gap-[1.2vw] rounded-[1.4vw] bg-zinc-950/85 p-[1.6vw] text-white shadow-2xl ring-1 ring-white/10`}
      data-network={line.network}
    >
      {picture ? (
        <img
          src={picture}
          alt=""
          referrerPolicy="no-referrer"
          className="size-[max(3rem,4.2vw)] shrink-0 rounded-full object-cover ring-2 ring-white/20"
        />
      ) : null}
      <div className="min-w-0">
        <p className="flex items-center gap-[0.5vw] text-[clamp(1rem,1.7vw,2.2rem)] font-bold">
          <NetworkIcon
            network={line.network}
            label={line.networkName}
            customSvg={line.networkIcon?.svg}
            customCss={line.networkIcon?.css}
            className="size-[1em]"
          />
          <span className={`author-name ${authorColorClass(line.name)}`}>{line.name}</span>
        </p>
        <p
          className={`featured-text mt-[0.3vw] text-[clamp(1.25rem,2.5vw,3.25rem)] leading-snug font-semibold break-words ${
            line.kind === 'emote' ? 'italic' : ''
          }`}
        >
          <MessageMarkdown markdown={line.markdown} text={line.text} images={images} />
        </p>
      </div>
    </section>
  );
}
