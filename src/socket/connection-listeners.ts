import type { ChatSocketListeners } from './chat-socket';

type Kind = keyof ChatSocketListeners;
type Value<K extends Kind> = Parameters<ChatSocketListeners[K]>[0];

/** Who listens to a connection, by kind: add (returns remove), tell, forget all. */
export class ConnectionListeners {
  private readonly sets: { [K in Kind]: Set<ChatSocketListeners[K]> } = {
    state: new Set(),
    event: new Set(),
    drop: new Set(),
    batch: new Set(),
    unsent: new Set(),
  };

  on<K extends Kind>(kind: K, listener: ChatSocketListeners[K]): () => void {
    const set = this.sets[kind] as Set<ChatSocketListeners[K]>;
    set.add(listener);
    return () => set.delete(listener);
  }

  emit<K extends Kind>(kind: K, value: Value<K>): void {
    for (const listener of this.sets[kind]) (listener as (value: Value<K>) => void)(value);
  }

  clear(): void {
    for (const set of Object.values(this.sets)) set.clear();
  }
}
