/** At most one tone this often, so a raid of mentions is one sound, not a siren. */
export const TONE_COOLDOWN_MS = 4_000;

let context: AudioContext | null = null;
let lastTone = -Infinity;

/**
 * A short soft two-note chime made with Web Audio: nothing to fetch, nothing to host. Silent
 * where the browser has no audio or has not yet allowed this page to play (no click yet).
 */
export function playHighlightTone(now = performance.now()): boolean {
  if (now - lastTone < TONE_COOLDOWN_MS) return false;
  const Context = globalThis.AudioContext as typeof AudioContext | undefined;
  if (!Context) return false;
  try {
    context ??= new Context();
    if (context.state === 'suspended') void context.resume();
    const start = context.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.09, 1320],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.12, start + offset + 0.015);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.18);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.2);
    }
    lastTone = now;
    return true;
  } catch {
    return false;
  }
}
