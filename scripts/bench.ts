/**
 * Benchmark of the data stage on a large export set.
 *
 *   npm run bench -- [--rows 1000000] [--snapshots 52] [--xlsx-rows 100000] [--out bench-data] [--fresh] [--json]
 *
 * Generates (or reuses) the export set in bench-data/, then measures, each in its own process:
 * papaparse's bare parse of the snapshot CSVs (the floor), the data stage's reading of them alone,
 * Quarterdeck's data stage on the same folder, SheetJS's bare read of the XLSX export and
 * Quarterdeck's ingest of it. Prints a table, the budget verdict and, with --json, one JSON line last.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_DATA_VERSION, writeBenchData, type BenchDataManifest, type BenchDataOptions } from './sample/benchData.ts';
import type { BenchStep, StepResult } from './sample/benchChild.ts';
import { benchSummary, benchTable } from './sample/benchReport.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const childScript = join(root, 'scripts', 'sample', 'benchChild.ts');

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    snapshots: { type: 'string', default: '52' },
    'xlsx-rows': { type: 'string', default: '100000' },
    out: { type: 'string', default: join(root, 'bench-data') },
    fresh: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} expects a whole number above zero, got "${value}".`);
  return n;
}

const options: BenchDataOptions = {
  rows: positiveInt('rows', values.rows),
  snapshots: positiveInt('snapshots', values.snapshots),
  xlsxRows: positiveInt('xlsx-rows', values['xlsx-rows']),
};
const benchDir = resolve(values.out);
const manifestPath = join(benchDir, 'manifest.json');
const log = (m: string) => process.stderr.write(`${m}\n`);

async function benchData(): Promise<BenchDataManifest> {
  if (!values.fresh && existsSync(manifestPath)) {
    const old = JSON.parse(readFileSync(manifestPath, 'utf8')) as BenchDataManifest;
    const same =
      old.version === BENCH_DATA_VERSION &&
      old.options.rows === options.rows &&
      old.options.snapshots === options.snapshots &&
      old.options.xlsxRows === options.xlsxRows &&
      old.csvFiles.every((f) => existsSync(join(benchDir, old.csvDir, f))) &&
      existsSync(join(benchDir, old.xlsxDir, old.xlsxFile));
    if (same) {
      log(`Reusing the export set in ${benchDir} (--fresh to rebuild).`);
      return old;
    }
  }
  const t0 = performance.now();
  const manifest = await writeBenchData(benchDir, options, log);
  await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  log(`Export set written in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  return manifest;
}

function runChild(step: BenchStep, stepOptions: object): Promise<StepResult> {
  log(`Measuring ${step}...`);
  return new Promise((resolveStep) => {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript, step, JSON.stringify(stepOptions)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (out += chunk));
    child.on('close', (code, signal) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolveStep(JSON.parse(last) as StepResult);
      } catch {
        resolveStep({ step, ok: false, ms: null, maxRssMB: 0, error: `child exited with ${signal ?? code} and no result` });
      }
    });
  });
}

const manifest = await benchData();
const csvDir = join(benchDir, manifest.csvDir);
const xlsxDir = join(benchDir, manifest.xlsxDir);
const floor = await runChild('papaparse', { dataDir: csvDir, files: manifest.csvFiles });
const stageRead = await runChild('stage-read', { dataDir: csvDir, files: manifest.csvFiles });
const stage = await runChild('stage', { dataDir: csvDir });
const xlsxRead = await runChild('xlsx-read', { dataDir: xlsxDir, file: manifest.xlsxFile });
const xlsxIngest = await runChild('xlsx-ingest', { dataDir: xlsxDir, file: manifest.xlsxFile });
const summary = benchSummary({ manifest, floor, stageRead, stage, xlsxRead, xlsxIngest });
for (const line of benchTable(summary)) console.log(line);
if (values.json) console.log(JSON.stringify(summary));
