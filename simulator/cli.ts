import { parseArgs } from 'node:util';
import { SCENARIOS, startSimulator, type ScenarioName } from './server';
import { DEMO_USER } from './world';

const HELP = `Usage: npm run simulator -- [options]

  --port N          port to listen on (default 8787; 0 picks a free one)
  --host H          address to bind (default 127.0.0.1)
  --scenario S      ${SCENARIOS.join(' | ')} (default demo)
  --live-after MS   demo, flaky: milliseconds until the stream goes live (default 3000)
  --rate N          flood: chat lines per second (default 500)
  --serve DIR       also serve a built dashboard (dist/) from this folder
  --app-path P      where that dashboard lives (default /)
  --prefix P        the instance's own path prefix, e.g. /ms
  --no-cors         refuse cross-origin API calls, like a default multistreamer
  --help            this text`;

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    scenario: { type: 'string', default: 'demo' },
    'live-after': { type: 'string', default: '3000' },
    rate: { type: 'string', default: '500' },
    serve: { type: 'string' },
    'app-path': { type: 'string', default: '/' },
    prefix: { type: 'string', default: '' },
    'no-cors': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
if (!SCENARIOS.includes(values.scenario as ScenarioName)) {
  console.error(`Unknown scenario "${values.scenario}". Choose one of: ${SCENARIOS.join(', ')}.`);
  process.exit(2);
}

const simulator = await startSimulator({
  port: Number(values.port),
  host: values.host,
  scenario: values.scenario as ScenarioName,
  liveAfterMs: Number(values['live-after']),
  rate: Number(values.rate),
  serveDir: values.serve,
  appPath: values['app-path'],
  prefix: values.prefix,
  cors: !values['no-cors'],
});

const server = `${simulator.url}${values.prefix}`;
console.log(`multistreamer simulator (${values.scenario}) on ${server}`);
console.log(
  `  user ${DEMO_USER.name} / password ${DEMO_USER.password}, token ${DEMO_USER.token}, stream 1`,
);
if (values.serve) {
  console.log(
    `  dashboard: ${simulator.url}${values['app-path']}?server=${encodeURIComponent(server)}&stream=1#token=${DEMO_USER.token}`,
  );
}

const stop = () => {
  void simulator.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
