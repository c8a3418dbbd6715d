/**
 * One measured step of the benchmark, run in its own process so its peak memory is its own:
 *
 *   node --import tsx scripts/sample/benchChild.ts <step> '<json options>'
 *
 * Prints one JSON line: { step, ok, ms, maxRssMB, rows?, breakdown?, error? }. `ms` covers the
 * step's work only, not the process start nor module loading, so every step starts alike.
 * The floor decodes and parses each CSV exactly as the data stage hands it to Papa Parse
 * (strict UTF-8, the same parse settings), so it is the cost of the parse alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { READ_OPTIONS } from '../../src/ingest/readWorkbook.ts';

export type BenchStep = 'papaparse' | 'stage-read' | 'stage' | 'xlsx-read' | 'xlsx-ingest';

export interface StepResult {
  step: BenchStep;
  ok: boolean;
  /** Wall time of the step's work, milliseconds. */
  ms: number | null;
  /** Peak resident set size of the whole process, MiB. */
  maxRssMB: number;
  /** Rows seen, when the step can tell. */
  rows?: number;
  /** Something worth knowing about a step that ran (e.g. the data stage found the data unusable). */
  note?: string;
  /** The data stage's time by step, and the garbage collector's pauses within it (ms). */
  breakdown?: { read: number; map: number; add: number; finish: number; gc: number };
  error?: string;
}

interface StepOptions {
  dataDir: string;
  files?: string[];
  file?: string;
}

function maxRssMB(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function runStep(step: BenchStep, options: StepOptions): Promise<Omit<StepResult, 'maxRssMB'>> {
  if (step === 'papaparse') {
    const files = options.files ?? [];
    const t0 = performance.now();
    let rows = 0;
    // The settings parseDelimited gives Papa Parse (the bench CSVs are comma-separated).
    const config = { delimiter: ',', header: false, dynamicTyping: false, skipEmptyLines: false, quoteChar: '"' } as const;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const f of files) {
      const text = decoder.decode(readFileSync(join(options.dataDir, f)));
      rows += Papa.parse<string[]>(text, config).data.length;
    }
    return { step, ok: true, ms: performance.now() - t0, rows };
  }
  if (step === 'xlsx-read') {
    const t0 = performance.now();
    // The leanest read SheetJS offers (dense cells, no text, formats or styles), as the ingest asks for it: the floor for an XLSX ingest.
    const wb = XLSX.read(readFileSync(join(options.dataDir, options.file ?? '')), { ...READ_OPTIONS, type: 'buffer' });
    const ms = performance.now() - t0;
    const first = wb.SheetNames[0];
    const ref = first ? wb.Sheets[first]?.['!ref'] : undefined;
    return { step, ok: true, ms, rows: ref ? XLSX.utils.decode_range(ref).e.r : 0 };
  }
  if (step === 'stage-read') {
    // The data stage's reading alone (its first step, run by itself): what typed rows and the model add to.
    const read = await ingest(options.dataDir, options.files ?? []);
    return { step, ok: true, ms: read.ms, rows: read.rows };
  }
  if (step === 'stage') {
    // Loaded here, not at the top, so the other steps do not pay for (or depend on) the data stage.
    const { runDataStage } = await import('../../src/dataStage.ts');
    let gc = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) gc += entry.duration;
    });
    observer.observe({ entryTypes: ['gc'] });
    const t0 = performance.now();
    const result = await runDataStage({ dataDir: options.dataDir, log: () => {} });
    const ms = performance.now() - t0;
    // The observer is told of the last collections on a later turn.
    await new Promise((resolveLater) => setTimeout(resolveLater, 20));
    observer.disconnect();
    const note = result.ok ? undefined : `the data stage found the data unusable: ${result.report.fatal.join(' ')}`;
    const breakdown = { ...result.timings, gc };
    return { step, ok: true, ms, rows: result.report.totals.rowsRead, breakdown, ...(note ? { note } : {}) };
  }
  const read = await ingest(options.dataDir, [options.file ?? '']);
  if (read.tables === 0) return { step, ok: false, ms: read.ms, error: read.messages.join(' ') || 'no table read' };
  return { step, ok: true, ms: read.ms, rows: read.rows };
}

/** Quarterdeck's ingest of `files` with no size limits: its time, tables and rows, and what it said. */
async function ingest(dataDir: string, files: readonly string[]): Promise<{ ms: number; tables: number; rows: number; messages: string[] }> {
  // Loaded here, not at the top, so the other steps do not pay for (or depend on) the ingest.
  const { readDataFile } = await import('../../src/ingest/readDataFile.ts');
  const t0 = performance.now();
  let tables = 0;
  let rows = 0;
  const messages: string[] = [];
  for (const file of files) {
    const result = await readDataFile(dataDir, file, { maxFileBytes: 2 ** 31, maxUncompressedBytes: 2 ** 32 });
    tables += result.tables.length;
    for (const table of result.tables) rows += table.rows.length;
    for (const note of result.notes) messages.push(note.message);
  }
  return { ms: performance.now() - t0, tables, rows, messages };
}

const STEPS: readonly BenchStep[] = ['papaparse', 'stage-read', 'stage', 'xlsx-read', 'xlsx-ingest'];

async function main(): Promise<void> {
  const [step, json] = process.argv.slice(2);
  if (!step || !(STEPS as readonly string[]).includes(step)) throw new Error(`unknown step: ${step}`);
  let result: StepResult;
  try {
    result = { ...(await runStep(step as BenchStep, JSON.parse(json ?? '{}') as StepOptions)), maxRssMB: maxRssMB() };
  } catch (e) {
    result = { step: step as BenchStep, ok: false, ms: null, maxRssMB: maxRssMB(), error: e instanceof Error ? e.message : String(e) };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
