/**
 * `npm run preview [-- --out DIR] [--port N]`: serves a built site locally, at the base path
 * it was built with (read from its pages), on http://127.0.0.1:4321/.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { parseCliArgs, runCli, UsageError } from './cli/args.ts';

const USAGE = 'usage: npm run preview -- [--out DIR] [--port N]';

/** The base path a built site links its assets with (`/` or `/sales/q3/`). */
export function builtBase(indexHtml: string): string {
  const match = /(?:href|src)="(\/[^"]*?)_assets\//.exec(indexHtml);
  return match?.[1] ?? '/';
}

await runCli(async () => {
  const args = parseCliArgs(process.argv.slice(2), {
    out: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4321' },
  }, USAGE);
  const dir = path.resolve(args.out);
  let index: string;
  try {
    index = readFileSync(path.join(dir, 'index.html'), 'utf8');
  } catch {
    throw new UsageError(`There is no built site in ${args.out}: run "npm run build" first.\n\n${USAGE}`);
  }
  const base = builtBase(index);
  const serve = sirv(dir, { dev: true, etag: true });
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(302, { Location: base }).end();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    serve(req, res, () => {
      res.writeHead(404).end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(Number(args.port), '127.0.0.1', resolve));
  process.stdout.write(`Serving ${args.out}/ at http://127.0.0.1:${args.port}${base} (Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  server.close();
  return 0;
});
