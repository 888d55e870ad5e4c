import { useEffect } from 'react';
import { chatSocketUrl } from '../protocol/commands';
import { chatStore } from '../store/chat-store';
import { bindChatSocket } from './bind-chat-socket';
import { createChatConnection } from './create-chat-connection';

export interface StreamConnection {
  server: string;
  streamId: number;
  token: string;
}

/** The one hook that ties the socket to the store for as long as the component lives. */
export function useChatSocket(connection: StreamConnection | null): void {
  const server = connection?.server;
  const streamId = connection?.streamId;
  const token = connection?.token;
  useEffect(() => {
    if (server === undefined || streamId === undefined || token === undefined) return;
    const socket = createChatConnection(chatSocketUrl(server, streamId, token));
    return bindChatSocket(socket, chatStore, { window });
  }, [server, streamId, token]);
}
