/** A new build waits, and how to switch to it; null while there is none (or it was put off). */
export type Reload = () => void;

let offered: Reload | null = null;
const listeners = new Set<() => void>();

/** The page's one offer of a new version, shared by the worker's watcher and the notice. */
export const updateOffer = {
  current: (): Reload | null => offered,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  set(next: Reload | null): void {
    if (next === offered) return;
    offered = next;
    for (const listener of listeners) listener();
  },
};
