/**
 * `npm start`: the simulator and the dashboard's dev server together, already connected.
 * `npm start -- --open` also opens the dashboard in the default browser.
 */
import { createServer } from 'vite';
import { startSimulator } from '../simulator/server';
import { DEMO_USER } from '../simulator/world';

const simulatorPort = Number(process.env.SIMULATOR_PORT ?? 8787);
const simulator = await startSimulator({ port: simulatorPort, scenario: 'demo' });
// The simulator mirrors FrankerFaceZ, BetterTTV and 7TV: the demo shows their emotes offline.
const demoPath = `/?server=${encodeURIComponent(simulator.url)}&stream=1&emote_api=${encodeURIComponent(simulator.url)}#token=${DEMO_USER.token}`;
// Where the Connect form's Server field points by default: the simulator, so signing in with
// the demo account works (the dev server itself is no multistreamer).
process.env.VITE_CHATDECK_SERVER = simulator.url;
const vite = await createServer({
  server: {
    port: Number(process.env.PORT ?? 5173),
    host: '127.0.0.1',
    open: process.argv.includes('--open') ? demoPath : false,
  },
});
await vite.listen();

const base = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
const url = new URL(demoPath, base).href;
console.log('\n  Chatdeck is running against the built-in multistreamer simulator.\n');
console.log(`  Open: ${url}\n`);
console.log(
  `  Simulator: ${simulator.url} (user ${DEMO_USER.name}, password ${DEMO_USER.password})`,
);
console.log('  Press Ctrl-C to stop both.\n');

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void Promise.all([vite.close(), simulator.close()]).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
