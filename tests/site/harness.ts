/**
 * Shared by the browser tests: each site is built once (memoised promises), served on
 * 127.0.0.1 by a small static server, and driven by one Chromium. Everything is torn down by
 * closeAll() (called from site.test.ts).
 *
 * Sites:
 * - fixtureSite(): tests/fixtures/site/tableSite, a tiny Astro site with hand-built tables and a
 *   chart (no data stage needed), built at `/` and, for fixtureSite('/sales/q3/'), under a base.
 * - sampleSite(): the shipped sample (data/) built by scripts/cli/buildSite.ts, at `/` or under
 *   a base path (served under that path only, so links that forget the base fail).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import sirv from 'sirv';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURE_ROOT = path.join(PROJECT_ROOT, 'tests/fixtures/site/tableSite');
export const SCREENSHOTS = path.join(PROJECT_ROOT, 'tests/output/screenshots');
export const BASE_PATH = '/sales/q3/';

export interface Site {
  /** The built folder. */
  dir: string;
  /** Base path, `/` or `/sales/q3/`. */
  base: string;
  /** `http://127.0.0.1:port` */
  origin: string;
  /** origin + base: the home page. */
  url: string;
}

const cleanups: (() => Promise<void>)[] = [];
const memo = new Map<string, Promise<Site>>();
// Astro builds change process.env and global state: one at a time.
let buildQueue: Promise<unknown> = Promise.resolve();

/**
 * Vitest puts Vite's env keys (BASE_URL, MODE, DEV...) in process.env, and Astro's build reads
 * process.env into `import.meta.env`: a build in this process would take the test runner's
 * BASE_URL instead of its own base. Hide them while a site builds.
 */
const VITE_ENV_KEYS = ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'];

async function withoutViteEnv<T>(task: () => Promise<T>): Promise<T> {
  const saved = new Map<string, string | undefined>(VITE_ENV_KEYS.map((key) => [key, process.env[key]]));
  for (const key of VITE_ENV_KEYS) delete process.env[key];
  try {
    return await task();
  } finally {
    for (const [key, value] of saved) {
      if (value !== undefined) process.env[key] = value;
    }
  }
}

function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = buildQueue.then(() => withoutViteEnv(task), () => withoutViteEnv(task));
  buildQueue = run.catch(() => {});
  return run;
}

function memoised(key: string, make: () => Promise<Site>): Promise<Site> {
  let site = memo.get(key);
  if (site === undefined) {
    site = make();
    memo.set(key, site);
  }
  return site;
}

async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `quarterdeck-${name}-`));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export function fixtureSite(base = '/'): Promise<Site> {
  return memoised(`fixture ${base}`, () =>
    serialised(async () => {
      const work = await tempDir('fixture');
      const dir = path.join(work, 'dist');
      process.env.ASTRO_TELEMETRY_DISABLED = '1';
      const { build } = await import('astro');
      await build({
        root: FIXTURE_ROOT,
        outDir: dir,
        cacheDir: path.join(work, 'cache'),
        configFile: false,
        logLevel: 'warn',
        mode: 'production',
        base,
        output: 'static',
        build: { format: 'directory', inlineStylesheets: 'never', assets: '_assets' },
        devToolbar: { enabled: false },
        vite: { cacheDir: path.join(work, 'vite'), build: { assetsInlineLimit: 0 } },
      });
      return serve(dir, base);
    }),
  );
}

export function sampleSite(base = '/'): Promise<Site> {
  return memoised(`sample ${base}`, () =>
    serialised(async () => {
      const work = await tempDir('sample');
      const dir = path.join(work, 'dist');
      const { buildSite } = await import('../../scripts/cli/buildSite.ts');
      const result = await buildSite({ dataDir: path.join(PROJECT_ROOT, 'data'), outDir: dir, base });
      if (!result.ok) throw new Error(`the sample site did not build: ${result.report.fatal.join(' ')}`);
      return serve(dir, base);
    }),
  );
}

/** Serves `dir` at `base` on 127.0.0.1 (anything outside the base is a 404). */
async function serve(dir: string, base: string): Promise<Site> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const prefix = base.replace(/\/$/, '');
  const server = http.createServer((req, res) => {
    const notFound = () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Not found');
    };
    const url = req.url ?? '/';
    if (prefix !== '' && url === prefix) {
      res.statusCode = 301;
      res.setHeader('Location', `${prefix}/`);
      res.end();
      return;
    }
    if (prefix !== '' && !url.startsWith(`${prefix}/`)) return notFound();
    req.url = url.slice(prefix.length);
    files(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { dir, base, origin, url: `${origin}${base}` };
}

let browserPromise: Promise<Browser> | null = null;

export function browser(): Promise<Browser> {
  if (browserPromise === null) {
    browserPromise = chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    cleanups.push(async () => {
      const b = await browserPromise?.catch(() => null);
      await b?.close();
    });
  }
  return browserPromise;
}

export async function closeAll(): Promise<void> {
  // Servers and the browser first, then the folders.
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  cleanups.length = 0;
  memo.clear();
  browserPromise = null;
}
