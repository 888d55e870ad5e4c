import type { DropReason } from '../../protocol/parse';
import type { StreamSlice } from '../types';

export interface DroppedFrame {
  at: number;
  reason: DropReason;
  detail: string;
}

const RECENT_DROPS = 20;

export interface DiagnosticsSlice {
  /** Frames that could not be read, by reason. */
  droppedCounts: Readonly<Partial<Record<DropReason, number>>>;
  /** Frames of types this client does not know (ignored, as the server does). */
  ignoredCount: number;
  recentDrops: readonly DroppedFrame[];
  recordDrops: (drops: readonly DroppedFrame[], ignored: number) => void;
}

export const createDiagnosticsSlice: StreamSlice<DiagnosticsSlice> = (set, get) => ({
  droppedCounts: {},
  ignoredCount: 0,
  recentDrops: [],
  recordDrops: (drops, ignored) => {
    if (drops.length === 0 && ignored === 0) return;
    const counts = { ...get().droppedCounts };
    for (const drop of drops) counts[drop.reason] = (counts[drop.reason] ?? 0) + 1;
    set({
      droppedCounts: counts,
      ignoredCount: get().ignoredCount + ignored,
      recentDrops: get().recentDrops.concat(drops).slice(-RECENT_DROPS),
    });
  },
});
