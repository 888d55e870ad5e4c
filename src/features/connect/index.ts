/** Connecting: the form that signs in to a multistreamer and picks a stream. */
export { ConnectForm, type ConnectChoice } from './connect-form';
