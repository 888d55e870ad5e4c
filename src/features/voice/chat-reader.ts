/** A line read aloud at most this often; lines in between are dropped, never queued. */
export const READ_EVERY_MS = 3_000;

/** What the reader needs of the browser's speech synthesis (a stub in tests). */
export interface SpeechLike {
  readonly speaking: boolean;
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  getVoices(): SpeechSynthesisVoice[];
}

export interface VoiceChoice {
  /** A voice's URI; empty: a voice of `lang`. */
  voiceURI: string;
  /** The interface language (`en`, `de-DE`). */
  lang: string;
  rate: number;
  volume: number;
}

/** The chosen voice, else the browser's default voice for the language, else its first one. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  { voiceURI, lang }: Pick<VoiceChoice, 'voiceURI' | 'lang'>,
): SpeechSynthesisVoice | null {
  if (voiceURI) {
    const chosen = voices.find((voice) => voice.voiceURI === voiceURI);
    if (chosen) return chosen;
  }
  const base = lang.toLowerCase().split('-')[0]!;
  const exact = voices.filter((voice) => voice.lang.toLowerCase() === lang.toLowerCase());
  const family = voices.filter((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base);
  for (const candidates of [exact, family]) {
    const best = candidates.find((voice) => voice.default) ?? candidates[0];
    if (best) return best;
  }
  return null;
}

/**
 * Reads chat lines aloud at most one each READ_EVERY_MS: a line that comes sooner, or while
 * the last one is still being read, is dropped. The synthesis queue never holds more than one
 * line (speechSynthesis queues by itself, and a busy chat would leave it minutes behind).
 */
export class ChatReader {
  private lastStart = -Infinity;
  private current: SpeechSynthesisUtterance | null = null;

  constructor(
    private readonly synth: SpeechLike,
    private readonly onSpeaking: (speaking: boolean) => void,
    private readonly now: () => number = () => performance.now(),
    private readonly makeUtterance: (text: string) => SpeechSynthesisUtterance = (text) =>
      new SpeechSynthesisUtterance(text),
  ) {}

  /** Reads `text` unless it is too soon; true when it is read. */
  offer(text: string, choice: VoiceChoice): boolean {
    const now = this.now();
    if (now - this.lastStart < READ_EVERY_MS || (this.current && this.synth.speaking)) return false;
    this.lastStart = now;
    const utterance = this.makeUtterance(text);
    const voice = pickVoice(this.synth.getVoices(), choice);
    if (voice) utterance.voice = voice;
    utterance.lang = voice?.lang ?? choice.lang;
    utterance.rate = choice.rate;
    utterance.volume = choice.volume;
    const done = () => {
      if (this.current !== utterance) return;
      this.current = null;
      this.onSpeaking(false);
    };
    utterance.onend = done;
    utterance.onerror = done;
    // Nothing else waits in the queue: whatever was left there goes.
    this.synth.cancel();
    this.current = utterance;
    this.synth.speak(utterance);
    this.onSpeaking(true);
    return true;
  }

  /** Stops the line being read ("Stop reading"). */
  stop(): void {
    const wasSpeaking = this.current !== null;
    this.current = null;
    this.synth.cancel();
    if (wasSpeaking) this.onSpeaking(false);
  }
}
