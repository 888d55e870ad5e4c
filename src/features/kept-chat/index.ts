/**
 * Kept chat: a stream's chat kept on this device and shown again after a reload (above
 * "Earlier"), exported as text, JSON or CSV, and summed up in the recap.
 */
export { createChatKeeper, type ChatKeeper, type ChatKeeping } from './chat-keeper';
export type { KeepBounds } from './kept-history';
export { keptLineOf, type KeptLine } from './kept-line';
export { ExportChat } from './export-chat';

/** Forgets every chat line and stat kept on this device (Settings, "Clear kept chat"). */
export const clearKeptChat = (factory?: IDBFactory): Promise<void> =>
  import('./kept-history').then((module) => module.clearKeptChat(factory));
