/** The stream at a glance: accounts and viewers beside the chat, folded in a narrow dock. */
export { FoldButton, SignOutButton, StreamOverview } from './stream-overview';
