import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from './support';

let child: ChildProcess | undefined;

test.afterEach(async () => {
  const running = child;
  child = undefined;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise((resolve) => running.once('exit', resolve));
  running.kill('SIGINT');
  await exited;
});

test('npm start prints a URL that opens already connected to a live demo', async ({ page }) => {
  test.setTimeout(90_000);
  // What `npm start` runs, started directly so that Ctrl-C (SIGINT) reaches it.
  child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: '4690', SIMULATOR_PORT: '4691' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child!.stdout!.on('data', (chunk: Buffer) => {
      output += String(chunk);
      const match = /Open: (\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child!.once('exit', (code) => reject(new Error(`npm start exited (${code}): ${output}`)));
  });
  expect(url).toContain('stream=1');
  await page.goto(url);
  await expect(page.getByRole('status', { name: 'Connection' })).toHaveText('Connected', {
    timeout: 30_000,
  });
  await expect(page.getByRole('list', { name: 'Accounts' })).toContainText('Live', {
    timeout: 15_000,
  });
  await expect(page.getByRole('log', { name: 'Chat' }).getByRole('article').first()).toBeVisible({
    timeout: 15_000,
  });
});
