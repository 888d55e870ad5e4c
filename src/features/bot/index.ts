/**
 * The bot: auto-replies (`!command answer`) and timed messages, run by one dashboard page per
 * stream (the keeping lock), with the header's "Bot on" switch. Loaded on demand: the session
 * imports this folder with `import()`, the header and Settings with React.lazy.
 */
export { createBotPart, type BotPart, type BotRulesInput, type BotStore } from './bot-part';
export { commandOf, readAutoReplies, readTimedMessages } from './bot-rules';
export { BotSwitch } from './bot-switch';
export { BotSettings } from './bot-settings';
