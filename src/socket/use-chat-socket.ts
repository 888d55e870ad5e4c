import { useEffect } from 'react';
import { chatSocketUrl } from '../protocol/commands';
import { chatStore } from '../store/chat-store';
import { bindChatSocket } from './bind-chat-socket';
import { MAX_REFUSALS } from './chat-socket';
import { createChatConnection } from './create-chat-connection';

export interface StreamConnection {
  server: string;
  streamId: number;
  token: string;
}

/**
 * The one hook that ties the socket to the store for as long as the component lives.
 * `retryForever`: a widget has no form to fix a token in, so it never stops retrying.
 */
export function useChatSocket(
  connection: StreamConnection | null,
  { retryForever = false }: { retryForever?: boolean } = {},
): void {
  const server = connection?.server;
  const streamId = connection?.streamId;
  const token = connection?.token;
  useEffect(() => {
    if (server === undefined || streamId === undefined || token === undefined) return;
    const socket = createChatConnection(chatSocketUrl(server, streamId, token), {
      maxRefusals: retryForever ? null : MAX_REFUSALS,
    });
    return bindChatSocket(socket, chatStore, { window });
  }, [server, streamId, token, retryForever]);
}
