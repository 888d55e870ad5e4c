/**
 * What the real-server suite knows of the multistreamer it runs against: the variables a
 * start script prints (MULTISTREAMER_URL, _STREAM, _USER, _PASSWORD, _PEER, _PEER_PASSWORD,
 * _IRC), and small clients that talk to it the way other users and tools would.
 */
import net from 'node:net';
import WebSocket from 'ws';

function env(name: string): string {
  const value = process.env[name];
  if (!value)
    throw new Error(`${name} is not set: see README, "Testing against a real multistreamer"`);
  return value;
}

export const real = {
  url: env('MULTISTREAMER_URL').replace(/\/+$/, ''),
  stream: Number(env('MULTISTREAMER_STREAM')),
  user: env('MULTISTREAMER_USER'),
  password: env('MULTISTREAMER_PASSWORD'),
  peer: env('MULTISTREAMER_PEER'),
  peerPassword: env('MULTISTREAMER_PEER_PASSWORD'),
  irc: process.env.MULTISTREAMER_IRC || null,
};

/** Text no earlier run has sent: a line can then be counted exactly. */
export function unique(text: string): string {
  return `${text} ${Math.random().toString(36).slice(2, 8)}`;
}

export async function tokenFor(user: string, password: string): Promise<string> {
  const response = await fetch(`${real.url}/api/v1/auth`, {
    headers: { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` },
  });
  if (!response.ok) throw new Error(`auth for ${user}: ${response.status}`);
  return ((await response.json()) as { token: string }).token;
}

async function api(token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${real.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
  return response.json();
}

/** Starts or ends the stream, as a streamer's encoder would (PATCH /api/v1/stream/:id). */
export async function setLive(token: string, live: boolean, stream = real.stream): Promise<void> {
  await api(token, 'PATCH', `/stream/${stream}`, { data_pushing: live });
}

/** Publishes a frame to every client of the stream, verbatim (POST /api/v1/stream/:id/msg). */
export async function publish(token: string, frame: Record<string, unknown>): Promise<void> {
  await api(token, 'POST', `/stream/${real.stream}/msg`, frame);
}

interface StreamInfo {
  id: number;
  user_id: number;
  name: string;
}

/** A stream of `token`'s user that is not shared with anyone: made once, then found again. */
export async function privateStreamOf(token: string, name: string): Promise<number> {
  const { streams } = (await api(token, 'GET', '/stream')) as { streams: StreamInfo[] };
  const own = streams.find((stream) => stream.name === name);
  if (own) return own.id;
  await api(token, 'POST', '/stream', { name });
  // Creating a stream restarts the server's IRC state for about 5 s (see the bundle's README).
  await new Promise((resolve) => setTimeout(resolve, 5_500));
  const after = (await api(token, 'GET', '/stream')) as { streams: StreamInfo[] };
  const made = after.streams.find((stream) => stream.name === name);
  if (!made) throw new Error(`the stream "${name}" was not created`);
  return made.id;
}

/** Another client of the stream over the WebSocket: what it receives, and a way to talk. */
export class PeerSocket {
  readonly frames: Array<Record<string, unknown>> = [];
  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) =>
      this.frames.push(JSON.parse(String(data)) as Record<string, unknown>),
    );
  }

  static async open(token: string, stream = real.stream): Promise<PeerSocket> {
    const socket = new WebSocket(`${real.url.replace(/^http/, 'ws')}/ws/${stream}?token=${token}`);
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const peer = new PeerSocket(socket);
    peer.send({ type: 'status' });
    await peer.waitFor((frame) => frame.type === 'status');
    // The server subscribes a moment after the handshake; lines before that are not relayed.
    await new Promise((resolve) => setTimeout(resolve, 600));
    return peer;
  }

  send(frame: Record<string, unknown>): void {
    this.socket.send(JSON.stringify(frame));
  }

  async waitFor(
    match: (frame: Record<string, unknown>) => boolean,
    timeoutMs = 10_000,
  ): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find(match);
      if (found) return found;
      if (Date.now() > deadline) throw new Error('the expected frame did not arrive');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): void {
    this.socket.close();
  }
}

/** A small IRC client on multistreamer's internal IRC server. */
export class IrcClient {
  readonly lines: string[] = [];
  private buffer = '';
  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (data) => {
      this.buffer += String(data);
      const parts = this.buffer.split('\r\n');
      this.buffer = parts.pop() ?? '';
      for (const line of parts) {
        if (line.startsWith('PING')) socket.write(`PONG${line.slice(4)}\r\n`);
        this.lines.push(line);
      }
    });
  }

  static async connect(nick: string, password: string): Promise<IrcClient> {
    const [host, port] = (real.irc ?? '').split(':');
    const socket = net.connect(Number(port), host!);
    await new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new IrcClient(socket);
    socket.write(`PASS ${password}\r\nNICK ${nick}\r\nUSER ${nick} 0 * :${nick}\r\n`);
    await client.waitFor(/ 001 /);
    return client;
  }

  /** The stream's channel: `#owner-slug`. */
  async join(channel: string): Promise<void> {
    this.socket.write(`JOIN ${channel}\r\n`);
    await this.waitFor(new RegExp(` 366 .*${channel.replace(/[#-]/g, '\\$&')}`));
  }

  say(target: string, text: string): void {
    this.socket.write(`PRIVMSG ${target} :${text}\r\n`);
  }

  async waitFor(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.find((line) => pattern.test(line));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`IRC: nothing matched ${pattern}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): void {
    this.socket.end('QUIT\r\n');
  }
}

/** Chatdeck's address for the real stream, token in the fragment. */
export function dashboardPath(token: string, query = '', stream = real.stream): string {
  return `/?server=${encodeURIComponent(real.url)}&stream=${stream}${query ? `&${query}` : ''}#token=${token}`;
}
