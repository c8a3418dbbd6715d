/**
 * `npm run dev [-- --data DIR] [--port N]`: serves the site and recomputes it when a file in
 * the data folder changes (reload the page to see the new numbers).
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import chokidar from 'chokidar';
import { parseCliArgs, runCli } from './cli/args.ts';
import { formatSummary } from './cli/summary.ts';
import { PROJECT_ROOT, prepareSiteData } from './cli/buildSite.ts';
import { SITE_DATA_ENV } from '../src/site/load/siteData.ts';

const USAGE = 'usage: npm run dev -- [--data DIR] [--port N]';

await runCli(async () => {
  const args = parseCliArgs(process.argv.slice(2), {
    data: { type: 'string', default: 'data' },
    port: { type: 'string', default: '4321' },
  }, USAGE);
  const work = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-dev-'));
  const dataFile = path.join(work, 'site-data.json');

  const refresh = async (): Promise<boolean> => {
    const { stage, siteData } = await prepareSiteData(args.data);
    process.stdout.write(`${formatSummary(stage.report)}\n`);
    if (siteData === null) {
      process.stdout.write('The site keeps the last data that worked. Fix the files above and save again.\n');
      return false;
    }
    await writeFile(dataFile, JSON.stringify(siteData));
    return true;
  };

  if (!(await refresh())) return 1;
  process.env[SITE_DATA_ENV] = dataFile;
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  const { dev } = await import('astro');
  const server = await dev({ root: PROJECT_ROOT, server: { port: Number(args.port), host: '127.0.0.1' }, logLevel: 'info' });

  let timer: NodeJS.Timeout | null = null;
  let running = Promise.resolve();
  chokidar.watch(path.resolve(args.data), { ignoreInitial: true }).on('all', (_event, file) => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        process.stdout.write(`\n${path.relative(process.cwd(), file)} changed: recomputing…\n`);
        if (await refresh()) process.stdout.write(`Updated. Reload the page at http://127.0.0.1:${server.address.port}/\n`);
      });
    }, 300);
  });
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await server.stop();
  return 0;
});
