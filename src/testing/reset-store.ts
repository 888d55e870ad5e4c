import { chatStore } from '../store/chat-store';

/** Puts the app's one store back to its first state (Zustand's testing advice). */
export function resetChatStore(): void {
  sessionStorage.clear();
  chatStore.setState(chatStore.getInitialState(), true);
}
