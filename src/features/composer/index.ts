/** The composer: what the streamer types, to one account or every live one, and what waits. */
export { Composer } from './composer';
export { replyDraft } from './reply-draft';
