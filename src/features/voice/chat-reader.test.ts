import { describe, expect, it, vi } from 'vitest';
import { ChatReader, READ_EVERY_MS, pickVoice, type SpeechLike } from './chat-reader';

const voice = (name: string, lang: string, isDefault = false) =>
  ({ name, lang, voiceURI: name, default: isDefault, localService: true }) as SpeechSynthesisVoice;
const VOICES = [voice('Anna', 'de-DE'), voice('Sam', 'en-US', true), voice('Kate', 'en-GB')];

function fakeSynth() {
  const spoken: SpeechSynthesisUtterance[] = [];
  let current: SpeechSynthesisUtterance | null = null;
  const synth: SpeechLike & { finish(): void; spoken: typeof spoken; cancels: number } = {
    spoken,
    cancels: 0,
    get speaking() {
      return current !== null;
    },
    speak(utterance) {
      current = utterance;
      spoken.push(utterance);
    },
    cancel() {
      this.cancels += 1;
      current = null;
    },
    getVoices: () => VOICES,
    finish() {
      const done = current;
      current = null;
      done?.onend?.(new Event('end') as SpeechSynthesisEvent);
    },
  };
  return synth;
}

const utterance = (text: string) => ({ text }) as SpeechSynthesisUtterance;
const CHOICE = { voiceURI: '', lang: 'en', rate: 1.2, volume: 0.8 };

describe('the chat reader', () => {
  it('reads at most one line each 3 s, dropping (never queueing) the rest', () => {
    const synth = fakeSynth();
    let now = 0;
    const speaking = vi.fn();
    const reader = new ChatReader(synth, speaking, () => now, utterance);
    expect(reader.offer('one', CHOICE)).toBe(true);
    synth.finish();
    now += READ_EVERY_MS - 1;
    expect(reader.offer('too soon', CHOICE)).toBe(false);
    now += 1;
    expect(reader.offer('two', CHOICE)).toBe(true);
    // Still speaking "two" 5 s later: the next line is dropped, not queued behind it.
    now += 5_000;
    expect(reader.offer('while speaking', CHOICE)).toBe(false);
    synth.finish();
    expect(reader.offer('three', CHOICE)).toBe(true);
    expect(synth.spoken.map((said) => said.text)).toEqual(['one', 'two', 'three']);
    // Each line clears whatever the synthesis might still hold first.
    expect(synth.cancels).toBe(3);
    expect(speaking.mock.calls.map(([value]) => value)).toEqual([true, false, true, false, true]);
    expect(synth.spoken[0]).toMatchObject({ rate: 1.2, volume: 0.8, lang: 'en-US' });
  });

  it('stops the line being read', () => {
    const synth = fakeSynth();
    const speaking = vi.fn();
    const reader = new ChatReader(synth, speaking, () => 0, utterance);
    reader.offer('long line', CHOICE);
    reader.stop();
    expect(synth.speaking).toBe(false);
    expect(speaking).toHaveBeenLastCalledWith(false);
  });

  it('uses the chosen voice, else the default one of the language, else its first', () => {
    expect(pickVoice(VOICES, { voiceURI: 'Kate', lang: 'de' })?.name).toBe('Kate');
    expect(pickVoice(VOICES, { voiceURI: 'gone', lang: 'en' })?.name).toBe('Sam');
    expect(pickVoice(VOICES, { voiceURI: '', lang: 'en-GB' })?.name).toBe('Kate');
    expect(pickVoice(VOICES, { voiceURI: '', lang: 'de-AT' })?.name).toBe('Anna');
    expect(pickVoice(VOICES, { voiceURI: '', lang: 'ja' })).toBeNull();
  });
});
