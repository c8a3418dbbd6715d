/**
 * The whole build: data stage, dashboard, Astro, then an atomic move into the output folder.
 */
import { mkdir, mkdtemp, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { runDataStage, type DataReport } from '../../src/dataStage.ts';
import { computeDashboard } from '../../src/metrics/dashboard.ts';
import { SITE_DATA_ENV, type SiteData } from '../../src/site/load/siteData.ts';
import { relativeLinks } from './relativeLinks.ts';
import { shareSiteData, type ShareOptions } from '../../src/share/shareSiteData.ts';
import { encryptSite } from '../../src/share/encryptSite.ts';
import { pruneRepPages } from '../../src/share/pruneRepPages.ts';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');
/** Scratch space of builds, inside the project (gitignored). */
const SCRATCH_DIR = '.quarterdeck';

export interface BuildSiteOptions {
  dataDir: string;
  outDir: string;
  strict?: boolean;
  site?: string | undefined;
  base?: string | undefined;
  log?: (message: string) => void;
  /** Encrypted, redacted or scoped build (`--encrypt`, `--redact`, `--scope`). */
  share?: ShareOptions | undefined;
}

export interface BuildSiteResult {
  ok: boolean;
  report: DataReport;
  /** True when the build failed and an earlier site in the output folder was left as it was. */
  previousKept: boolean;
  pages: number;
  seconds: number;
}

/** Compute everything the pages show and write it where the pages read it. */
export async function prepareSiteData(dataDir: string, options: { strict?: boolean; log?: (m: string) => void; share?: ShareOptions | undefined } = {}) {
  const stage = await runDataStage({ dataDir, strict: options.strict ?? false, log: options.log });
  if (!stage.ok || stage.model === null) return { stage, siteData: null };
  // Redaction and scope change the model itself, before any metric (src/share/shareSiteData.ts).
  const shared = options.share === undefined ? null : shareSiteData(stage.model, stage.report, options.share);
  const model = shared?.model ?? stage.model;
  const dashboard = computeDashboard(model, stage.config);
  const siteData: SiteData = { report: shared?.report ?? stage.report, model, dashboard, ...(shared ? { share: shared.mode } : {}) };
  return { stage, siteData };
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const outDir = path.resolve(options.outDir);
  const previousKept = await exists(outDir);
  const { stage, siteData } = await prepareSiteData(options.dataDir, { strict: options.strict ?? false, log, share: options.share });
  if (siteData === null) {
    return { ok: false, report: stage.report, previousKept, pages: 0, seconds: (performance.now() - started) / 1000 };
  }

  const work = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-'));
  const tmpOut = `${outDir}.building-${process.pid}`;
  try {
    const dataFile = path.join(work, 'site-data.json');
    await writeFile(dataFile, JSON.stringify(siteData));
    process.env[SITE_DATA_ENV] = dataFile;
    const site = options.site ?? process.env.QUARTERDECK_SITE ?? stage.config.site;
    const base = options.base ?? process.env.QUARTERDECK_BASE ?? stage.config.base;
    if (site !== undefined) process.env.QUARTERDECK_SITE = site;
    if (base !== undefined) process.env.QUARTERDECK_BASE = normalizeBase(base);
    process.env.ASTRO_TELEMETRY_DISABLED = '1';
    log('rendering pages');
    const { build } = await import('astro');
    await rm(tmpOut, { recursive: true, force: true });
    await inScratchDirectory(() => build({ root: PROJECT_ROOT, outDir: tmpOut, logLevel: 'warn', mode: 'production' }));
    // Relative links: the folder works from disk (file://), zipped and sent, or served under its base.
    await relativeLinks(tmpOut, process.env.QUARTERDECK_BASE || '/');
    if (siteData.share?.redactReps || siteData.share?.redactDeals) {
      log(siteData.share.redactReps ? 'leaving out rep-level pages and earnings' : 'leaving out earnings');
      await pruneRepPages(tmpOut, { reps: siteData.share.redactReps });
    }
    if (options.share?.passwords !== undefined && options.share.passwords.length > 0) {
      log(`encrypting the site (${options.share.passwords.length} password${options.share.passwords.length === 1 ? '' : 's'})`);
      await encryptSite(tmpOut, { passwords: options.share.passwords, base: base === undefined ? '/' : normalizeBase(base) });
    }
    const oldOut = `${outDir}.previous-${process.pid}`;
    if (previousKept) await rename(outDir, oldOut);
    try {
      await rename(tmpOut, outDir);
    } catch (error) {
      if (previousKept) await rename(oldOut, outDir);
      throw error;
    }
    if (previousKept) await rm(oldOut, { recursive: true, force: true });
    return { ok: true, report: stage.report, previousKept: false, pages: await countPages(outDir), seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await rm(tmpOut, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Astro writes its intermediate server files into the output folder when that folder is inside
 * the working directory, and otherwise into `<working directory>/.astro/`, which it then copies
 * whole into the site (stray files such as content-assets.mjs included) and deletes: two builds
 * at once would clash there, and the project's own `.astro/` would be shipped and removed. So
 * the build runs from a scratch folder of its own inside the project (where `node_modules`
 * still resolves for those files), removed afterwards. Where that folder cannot be made or the
 * working directory cannot change (a worker thread), the build runs as it is.
 */
async function inScratchDirectory<T>(task: () => Promise<T>): Promise<T> {
  const parent = path.join(PROJECT_ROOT, SCRATCH_DIR);
  const scratch = await mkdir(parent, { recursive: true })
    .then(() => mkdtemp(path.join(parent, 'build-')))
    .catch(() => null); // a read-only project: build as Astro does by default
  const previous = process.cwd();
  let changed = false;
  try {
    if (scratch !== null) {
      process.chdir(scratch);
      changed = true;
    }
  } catch {
    // process.chdir() is not available in worker threads.
  }
  try {
    return await task();
  } finally {
    if (changed) process.chdir(previous);
    if (scratch !== null) await rm(scratch, { recursive: true, force: true });
  }
}

/** `sales/q3` -> `/sales/q3/`. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function exists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null)) !== null;
}

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith('.html')).length;
}
