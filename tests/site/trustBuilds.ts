/**
 * Shared by the trust suites: the build run as a user runs it (`tsx scripts/build.ts` in a child
 * process with a clean environment, optionally in another time zone and locale, with preload
 * modules and without a network), folder hashes with a readable first difference, a static
 * server for a build folder, and temp folders removed by `trustCleanup()`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import { PROJECT_ROOT } from './harness.ts';

export const TRUST_FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/trust');
export const FAKE_CLOCK = path.join(TRUST_FIXTURES, 'fakeClock.mjs');
export const NO_NETWORK = path.join(TRUST_FIXTURES, 'noNetwork.mjs');
export const FAIL_WRITE = path.join(TRUST_FIXTURES, 'failWrite.mjs');
/** Lines the preloads print when they refuse a connection or inject a fault. */
export const NETWORK_MARK = 'NETWORK ATTEMPT:';
export const FAULT_MARK = 'INJECTED FAULT:';

export interface BuildRunOptions {
  data: string;
  out: string;
  /** TZ of the child (default UTC). */
  tz?: string;
  /** LANG and LC_ALL of the child (default C.UTF-8). */
  locale?: string;
  /** Modules loaded first, through NODE_OPTIONS="--import ...". */
  preloads?: string[];
  /** Run inside an empty network namespace (`unshare --net`). */
  unshareNet?: boolean;
  env?: Record<string, string>;
}

export interface BuildRun {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** The command, for messages. */
  command: string;
}

/**
 * `tsx scripts/build.ts --data <data> --out <out> --quiet` in a child process. The environment is
 * built from scratch (PATH, HOME, TMPDIR plus the options), so nothing of the test runner's
 * (BASE_URL, MODE, NODE_ENV, VITEST...) leaks into the build.
 */
export function runBuild(options: BuildRunOptions): Promise<BuildRun> {
  const tsx = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx');
  const args = [tsx, 'scripts/build.ts', '--data', options.data, '--out', options.out, '--quiet'];
  const [command, ...rest] = options.unshareNet ? ['unshare', '--net', ...args] : args;
  const locale = options.locale ?? 'C.UTF-8';
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.tmpdir(),
    TMPDIR: os.tmpdir(),
    TZ: options.tz ?? 'UTC',
    LANG: locale,
    LC_ALL: locale,
    ASTRO_TELEMETRY_DISABLED: '1',
    ...(options.preloads?.length ? { NODE_OPTIONS: options.preloads.map((p) => `--import ${p}`).join(' ') } : {}),
    ...options.env,
  };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command!, rest, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, command: `${Object.entries(options.env ?? {}).map(([k, v]) => `${k}=${v} `).join('')}TZ=${env.TZ} ${[command, ...rest].join(' ')}` }),
    );
  });
}

/** True when this machine lets the tests run a process in an empty network namespace. */
export function canUnshareNet(): boolean {
  const probe = spawnSync('unshare', ['--net', 'true'], { stdio: 'ignore', timeout: 10_000 });
  return probe.status === 0;
}

/** Every file of a folder (relative path with `/`, sorted) -> SHA-256 in hex. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const hashes = new Map<string, string>();
  for (const file of files) hashes.set(file, createHash('sha256').update(await readFile(path.join(dir, file))).digest('hex'));
  return hashes;
}

/**
 * Null when both folders hold the same files with the same bytes; otherwise the first difference
 * in file order: a file only one side has, or the first differing bytes of a file (offset, and
 * the text around it on both sides).
 */
export async function firstDifference(a: string, b: string): Promise<string | null> {
  const [ha, hb] = await Promise.all([hashTree(a), hashTree(b)]);
  const names = [...new Set([...ha.keys(), ...hb.keys()])].sort();
  for (const name of names) {
    if (!ha.has(name)) return `${name} is only in ${b}`;
    if (!hb.has(name)) return `${name} is only in ${a}`;
    if (ha.get(name) === hb.get(name)) continue;
    const [ba, bb] = await Promise.all([readFile(path.join(a, name)), readFile(path.join(b, name))]);
    let at = 0;
    while (at < ba.length && at < bb.length && ba[at] === bb[at]) at += 1;
    const around = (buf: Buffer) => JSON.stringify(buf.subarray(Math.max(0, at - 40), at + 80).toString('utf8'));
    return `${name} differs from byte ${at} (sizes ${ba.length} and ${bb.length}):\n  ${a}: ${around(ba)}\n  ${b}: ${around(bb)}`;
  }
  return null;
}

const temps: string[] = [];
const closers: (() => Promise<void>)[] = [];
let pair: Promise<SamplePair> | null = null;
let hostile: Promise<HostileSite> | null = null;

export async function trustTempDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `quarterdeck-trust-${name}-`));
  temps.push(dir);
  return dir;
}

/** Serves a build folder at `/` on 127.0.0.1; returns the origin. */
export async function serveDir(dir: string): Promise<string> {
  const files = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const server = http.createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Stops the servers and removes the folders of the trust suites (site.test.ts calls it last). */
export async function trustCleanup(): Promise<void> {
  pair = null;
  hostile = null;
  for (const close of closers.splice(0)) await close().catch(() => {});
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** Sibling entries of `dir` left by a build: `<name>.building-*` and `<name>.previous-*`. */
export async function leftovers(dir: string): Promise<string[]> {
  const base = path.basename(dir);
  const names = await readdir(path.dirname(dir));
  return names.filter((n) => n.startsWith(`${base}.building-`) || n.startsWith(`${base}.previous-`)).sort();
}

export interface SamplePair {
  /** TZ=UTC, LANG=C.UTF-8, the real clock, the network as the machine has it. */
  reference: { out: string; run: BuildRun };
  /** TZ=Pacific/Auckland, LANG=de_DE.UTF-8, the clock 400 days ahead, no network. */
  shifted: { out: string; run: BuildRun };
  /** How the shifted build was kept off the network. */
  isolation: 'unshare --net and the noNetwork preload' | 'the noNetwork preload';
}

/** The shipped sample (data/) built twice at once by the CLI, in two different environments. Memoised. */
export function samplePair(): Promise<SamplePair> {
  pair ??= (async () => {
    const work = await trustTempDir('pair');
    const data = path.join(PROJECT_ROOT, 'data');
    const unshareNet = canUnshareNet();
    const referenceOut = path.join(work, 'reference', 'site');
    const shiftedOut = path.join(work, 'shifted', 'site');
    const [reference, shifted] = await Promise.all([
      runBuild({ data, out: referenceOut, tz: 'UTC', locale: 'C.UTF-8' }),
      runBuild({ data, out: shiftedOut, tz: 'Pacific/Auckland', locale: 'de_DE.UTF-8', preloads: [FAKE_CLOCK, NO_NETWORK], unshareNet }),
    ]);
    return {
      reference: { out: referenceOut, run: reference },
      shifted: { out: shiftedOut, run: shifted },
      isolation: unshareNet ? 'unshare --net and the noNetwork preload' : 'the noNetwork preload',
    };
  })();
  return pair;
}

export interface HostileSite {
  /** The hostile data folder (tests/fixtures/hostile/makeHostile.ts). */
  data: string;
  /** The built site. */
  dir: string;
  run: BuildRun;
}

/** The hostile data folder built by the CLI. Memoised. */
export function hostileSite(): Promise<HostileSite> {
  hostile ??= (async () => {
    const { makeHostileData } = await import('../fixtures/hostile/makeHostile.ts');
    const work = await trustTempDir('hostile');
    const data = path.join(work, 'data');
    await makeHostileData(data);
    const dir = path.join(work, 'site');
    return { data, dir, run: await runBuild({ data, out: dir }) };
  })();
  return hostile;
}
