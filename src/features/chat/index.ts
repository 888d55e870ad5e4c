/** The chat: every network's lines in one log, each line drawn safely (markdown, links, emotes). */
export { ChatLog, type ChatLogProps } from './chat-log';
export { ChatMessage, type ChatMessageOptions } from './chat-message';
export { chatViewOptions, type ChatViewOptions } from './chat-view-options';
