/**
 * Kept chat: a stream's chat kept on this device and shown again after a reload (above
 * "Earlier"), exported as text, JSON or CSV, and summed up in the recap.
 */
export { createChatKeeper, type ChatKeeper, type ChatKeeping } from './chat-keeper';
export {
  clearKeptChat,
  keptLineOf,
  readKeptLine,
  readKeptStats,
  type KeepBounds,
  type KeptLine,
} from './kept-history';
export { ExportChat } from './export-chat';
