/** Serves a folder (the built dashboard) on 127.0.0.1, as any static host would. */
import { createServer } from 'node:http';
import sirv from 'sirv';

const [folder = 'dist', port = '4620'] = process.argv.slice(2);
const serve = sirv(folder, { dev: false, etag: true });
createServer((req, res) =>
  serve(req, res, () => {
    res.writeHead(404).end('not found');
  }),
).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${folder} on http://127.0.0.1:${port}/`);
});
