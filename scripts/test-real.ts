/**
 * `npm run test:real`: the suite against a real multistreamer. Without one named in the
 * environment it says how to get one, in one line, and stops.
 */
import { spawnSync } from 'node:child_process';

const NEEDED = [
  'MULTISTREAMER_URL',
  'MULTISTREAMER_STREAM',
  'MULTISTREAMER_USER',
  'MULTISTREAMER_PASSWORD',
  'MULTISTREAMER_PEER',
  'MULTISTREAMER_PEER_PASSWORD',
];
const missing = NEEDED.filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(
    `test:real needs a running multistreamer: set ${missing.join(', ')} (docs/testing-real-multistreamer.md).`,
  );
  process.exit(1);
}
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const result = spawnSync(
  'npx',
  ['playwright', 'test', '-c', 'playwright.real.config.ts', ...process.argv.slice(2)],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
