/** The stream's accounts: who is live where, and which can write. */
export { AccountBadges, AccountList } from './account-list';
