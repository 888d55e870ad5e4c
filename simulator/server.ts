import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { WebSocketServer, type WebSocket } from 'ws';
import { startChaos } from './chaos';
import {
  answerPoll,
  chattersSay,
  sendBurst,
  startDemoChatter,
  startFlood,
  type LineStyle,
} from './chatter';
import { EMOTES, avatarSvg, emoteSvg } from './demo-content';
import { createEmoteMirror } from './emote-mirror';
import { multistreamerJson } from './markdown';
import { SimWorld, type SimClient, type SimStream, type SimUser } from './world';

export const SCENARIOS = ['demo', 'idle', 'flood', 'flaky'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

export interface SimulatorOptions {
  port?: number;
  host?: string;
  /** What stream 1 does: demo (goes live, lively chat), idle (offline, quiet), flood, flaky (demo
   * with dropped connections, refused reconnects and junk frames). */
  scenario?: ScenarioName;
  /** demo: how long until the stream goes live. */
  liveAfterMs?: number;
  /** flood: lines per second. */
  rate?: number;
  /** A built dashboard to serve (dist/), so it is hosted beside the simulated instance. */
  serveDir?: string;
  /** Where that dashboard lives, e.g. `/chat/`. */
  appPath?: string;
  /** The instance's own path prefix, e.g. `/ms` for `/ms/ws/1`. */
  prefix?: string;
  /** Answer CORS preflights for the API (a dashboard on another origin signs in). */
  cors?: boolean;
}

export interface RunningSimulator {
  url: string;
  port: number;
  world: SimWorld;
  close(): Promise<void>;
}

const PING_AFTER_MS = 30_000;

/** Starts the multistreamer simulator: HTTP API, WebSocket chat, test controls, and static app. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const {
    host = '127.0.0.1',
    scenario = 'demo',
    liveAfterMs = 3_000,
    rate = 500,
    prefix = '',
    cors = true,
    appPath = '/',
  } = options;
  const world = new SimWorld();
  const stops: Array<() => void> = [];
  let baseUrl = '';
  // Chatters on every network answer a poll the dashboard announces.
  world.onPoll = (stream, network, options) =>
    stops.push(answerPoll(stream, baseUrl, network, options));
  // And enter a giveaway it announces.
  world.onGiveaway = (stream, network, keyword) =>
    stops.push(chattersSay(stream, baseUrl, network, () => keyword));
  let refuseNext = 0;
  const stopChaos = new Map<number, () => void>();

  // FrankerFaceZ, BetterTTV and 7TV mirrored (`emote_api` = this origin), with their images.
  const emoteMirror = createEmoteMirror();

  const serveStatic = options.serveDir
    ? sirv(options.serveDir, { dev: false, etag: true, single: false })
    : undefined;

  // Every Referer any request carried, for tests that prove none leaks the token.
  const referers: string[] = [];
  const noteReferer = (req: IncomingMessage) => {
    const { referer } = req.headers;
    if (referer && !req.url?.startsWith('/_sim/')) referers.push(referer);
  };

  const server = createServer((req, res) => {
    noteReferer(req);
    handleHttp(req, res).catch((error: unknown) => {
      sendJson(res, 500, { error: error instanceof Error ? error.message : 'error' });
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator');
    const path = url.pathname;
    if (path.startsWith(`${prefix}/api/v1/`)) {
      await handleApi(req, res, path.slice(prefix.length + '/api/v1'.length));
      return;
    }
    if (emoteMirror.handle(req, res, path)) return;
    if (path.startsWith('/_sim/')) {
      await handleControl(req, res, path.slice('/_sim'.length), url);
      return;
    }
    const emote = /^\/emoticons\/v1\/(\d+)\/1\.0$/.exec(path);
    if (emote) {
      const found = EMOTES.find((candidate) => candidate.id === Number(emote[1]));
      if (found) return sendSvg(res, emoteSvg(found));
    }
    const avatar = /^\/avatars\/([^/]+)\.svg$/.exec(path);
    if (avatar) return sendSvg(res, avatarSvg(decodeURIComponent(avatar[1]!)));
    if (serveStatic && (path === appPath.replace(/\/$/, '') || path.startsWith(appPath))) {
      if (path === appPath.replace(/\/$/, '') && appPath !== '/') {
        res.writeHead(301, { location: appPath + url.search }).end();
        return;
      }
      req.url = `/${path.slice(appPath.length)}${url.search}`;
      serveStatic(req, res, () => notFound(res));
      return;
    }
    notFound(res);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, route: string) {
    if (cors) {
      res.setHeader('access-control-allow-origin', req.headers.origin ?? '*');
      res.setHeader('access-control-allow-headers', 'authorization, content-type');
      res.setHeader('vary', 'origin');
      if (req.method === 'OPTIONS') {
        res.writeHead(204).end();
        return;
      }
    }
    if (route === '/auth') {
      const [scheme, encoded] = (req.headers.authorization ?? '').split(' ');
      const [name, password] = Buffer.from(encoded ?? '', 'base64')
        .toString()
        .split(':');
      const user = scheme === 'Basic' ? world.userByName(name ?? '') : undefined;
      if (!user || user.password !== password) {
        sendJson(res, 401, { error: 'invalid username or password' });
        return;
      }
      sendJson(res, 200, { token: user.token });
      return;
    }
    if (route === '/stream') {
      const user = bearerUser(req);
      if (!user) {
        sendJson(res, 401, { error: 'invalid token' });
        return;
      }
      sendJson(res, 200, {
        streams: world.streamsOf(user).map((stream) => ({
          id: stream.id,
          name: stream.name,
          slug: stream.slug,
          live: stream.live,
        })),
      });
      return;
    }
    // multistreamer publishes this body verbatim to every client of the stream, with the
    // stream's id added: the line can claim any author.
    const publish = /^\/stream\/(\d+)\/msg$/.exec(route);
    if (publish && req.method === 'POST') {
      const user = bearerUser(req);
      const stream = world.streams.get(Number(publish[1]));
      if (!user || !stream || stream.owner.id !== user.id) {
        sendJson(res, 400, { error: 'unauthorized to use that stream' });
        return;
      }
      stream.broadcast({ ...(await readJson(req)), id: String(stream.id) });
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  }

  function bearerUser(req: IncomingMessage): SimUser | undefined {
    const match = /^Bearer (.+)$/.exec(req.headers.authorization ?? '');
    return world.userByToken(match?.[1] ?? null);
  }

  /** Test controls: make streams, inject frames, drop clients, read what clients sent. */
  async function handleControl(req: IncomingMessage, res: ServerResponse, route: string, url: URL) {
    const body = req.method === 'POST' ? await readJson(req) : {};
    if (route === '/streams' && req.method === 'POST') {
      const stream = world.createStream({
        live: body.live === true,
        ignoreWriter: body.ignoreWriter === true,
        accounts: body.accounts === 'second' ? 'second' : 'demo',
      });
      if (body.chatter === 'demo') stops.push(startDemoChatter(stream, baseUrl));
      return sendJson(res, 201, { id: stream.id });
    }
    if (route === '/referers') {
      return sendJson(res, 200, { referers });
    }
    if (route === '/refuse' && req.method === 'POST') {
      refuseNext = Number(body.count ?? 1);
      return sendJson(res, 200, { refusing: refuseNext });
    }
    const match = /^\/streams\/(\d+)\/([a-z-]+)$/.exec(route);
    const stream = match ? world.streams.get(Number(match[1])) : undefined;
    if (!match || !stream) return sendJson(res, 404, { error: 'no such stream' });
    switch (match[2]) {
      case 'received':
        return sendJson(res, 200, { commands: stream.received });
      case 'clients':
        return sendJson(res, 200, { count: stream.clients.size });
      case 'live':
        stream.setLive(body.live !== false);
        break;
      case 'chat':
        for (const frame of asArray(body.frames)) stream.broadcast(frame);
        break;
      case 'raw':
        for (const text of asArray(body.data)) stream.broadcastRaw(String(text));
        break;
      case 'viewers':
        for (const [id, count] of Object.entries(asRecord(body.counts))) {
          const account = stream.accounts.find((candidate) => candidate.id === Number(id));
          if (account) account.viewers = count === null ? undefined : Number(count);
        }
        break;
      case 'drop':
        stream.dropClients();
        break;
      case 'burst':
        sendBurst(
          stream,
          baseUrl,
          Number(body.count ?? 1000),
          Number(body.first ?? 1),
          Math.random,
          lineStyle(body),
        );
        break;
      case 'flaky': {
        stopChaos.get(stream.id)?.();
        stopChaos.delete(stream.id);
        const everyMs = Number(body.everyMs ?? 0);
        if (everyMs > 0) stopChaos.set(stream.id, startChaos(stream, { everyMs }));
        break;
      }
      case 'flood':
        stops.push(
          startFlood(
            stream,
            baseUrl,
            Number(body.rate ?? rate),
            Number(body.seconds ?? 10),
            Math.random,
            body.mix
              ? {
                  frames: asArray(asRecord(body.mix).frames).map(asRecord),
                  rate: Number(asRecord(body.mix).rate ?? 20),
                }
              : undefined,
            { ...lineStyle(body), thirdPartyEmotes: body.thirdPartyEmotes === true },
          ),
        );
        break;
      default:
        return sendJson(res, 404, { error: `unknown control ${url.pathname}` });
    }
    sendJson(res, 200, { ok: true });
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  server.on('upgrade', (req, socket, head) => {
    noteReferer(req);
    const url = new URL(req.url ?? '/', 'http://simulator');
    const match = new RegExp(`^${escapeRegExp(prefix)}/ws/(\\d+)$`).exec(url.pathname);
    const stream = match ? world.streams.get(Number(match[1])) : undefined;
    const user = world.userByToken(url.searchParams.get('token'));
    // A refusal asked for this stream (flaky) is used up first, then one asked for any stream.
    let refused = true;
    if (stream && stream.refuseUpgrades > 0) stream.refuseUpgrades -= 1;
    else if (refuseNext > 0) refuseNext -= 1;
    else refused = false;
    // multistreamer answers 403 for a bad token, an unknown stream, or no chat permission.
    if (refused || !stream || !user || stream.owner.id !== user.id) {
      if (stream) stream.refusedInRow += 1;
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    stream.refusedInRow = 0;
    wss.handleUpgrade(req, socket, head, (ws) => attachClient(ws, stream, user));
  });

  function attachClient(ws: WebSocket, stream: SimStream, user: SimUser): void {
    const client: SimClient = {
      user,
      send: (frame) => client.sendRaw(multistreamerJson(frame)),
      sendRaw: (text) => {
        if (ws.readyState === ws.OPEN) ws.send(text);
      },
      sendMany: (texts) => {
        if (ws.readyState !== ws.OPEN) return;
        // One synchronous loop: the frames reach the socket together. (Corking the socket around
        // it left the burst's tail in the buffer until the next write: the last lines of a
        // burst then waited for the next line to be seen.)
        for (const text of texts) ws.send(text);
      },
      drop: () => ws.terminate(),
    };
    stream.clients.add(client);
    let quiet = setTimeout(ping, PING_AFTER_MS);
    function ping() {
      if (ws.readyState === ws.OPEN) ws.ping();
      quiet = setTimeout(ping, PING_AFTER_MS);
    }
    ws.on('message', (data, isBinary) => {
      clearTimeout(quiet);
      quiet = setTimeout(ping, PING_AFTER_MS);
      if (!isBinary) stream.handle(client, String(data));
    });
    ws.on('close', () => {
      clearTimeout(quiet);
      stream.clients.delete(client);
    });
    ws.on('error', () => ws.terminate());
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;

  const main = world.createStream({ live: scenario === 'flood' });
  if (scenario === 'demo') {
    const live = setTimeout(() => main.setLive(true), liveAfterMs);
    stops.push(() => clearTimeout(live), startDemoChatter(main, baseUrl));
    // A second channel, for a deck: `?stream=1,2`.
    const games = world.createStream({ name: 'Chatdeck games', live: true, accounts: 'second' });
    stops.push(startDemoChatter(games, baseUrl));
  } else if (scenario === 'flood') {
    stops.push(startFlood(main, baseUrl, rate));
  } else if (scenario === 'flaky') {
    const live = setTimeout(() => main.setLive(true), liveAfterMs);
    stops.push(
      () => clearTimeout(live),
      startDemoChatter(main, baseUrl),
      startChaos(main, { everyMs: 4_000 }),
    );
  }

  return {
    url: baseUrl,
    port,
    world,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stop of stops) stop();
        for (const stop of stopChaos.values()) stop();
        emoteMirror.close();
        for (const client of wss.clients) client.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function sendSvg(res: ServerResponse, svg: string): void {
  res
    .writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=86400' })
    .end(svg);
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  if (!text) return {};
  const value: unknown = JSON.parse(text);
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function asArray(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value === undefined ? [] : [value];
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

/**
 * A burst's or flood's `content` (demo, plain, rich), `chatters` (bench crowds) and a flood's
 * `keyword` (every line a giveaway entry).
 */
function lineStyle(body: Record<string, unknown>): LineStyle {
  const content = body.content === 'plain' || body.content === 'rich' ? body.content : 'demo';
  const chatters = Number(body.chatters ?? 300);
  const keyword = typeof body.keyword === 'string' ? body.keyword.trim().slice(0, 30) : '';
  return {
    content,
    chatters: Number.isInteger(chatters) && chatters > 0 ? Math.min(chatters, 100_000) : 300,
    ...(keyword && { keyword }),
  };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
