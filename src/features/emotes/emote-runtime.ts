/**
 * What the page loads once it has a Twitch channel to show emotes for (a chunk of its own:
 * the first paint never waits for it).
 */
export { emoteLoader } from './emote-loader';
export { wordDecorator } from './emote-words';
