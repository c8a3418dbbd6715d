/**
 * The benchmark's verdict as a small text table and a JSON-ready summary. Pure: the numbers
 * come in, lines and a summary go out.
 */
import type { BenchDataManifest } from './benchData.ts';
import type { StepResult } from './benchChild.ts';

export interface BenchBudget {
  /** Data stage time over the bare parse time, at most. */
  maxRatio: number;
  /** Peak RSS of the data stage, below this (MiB). */
  maxRssMB: number;
}

export const DEFAULT_BUDGET: BenchBudget = { maxRatio: 1.5, maxRssMB: 1536 };

export interface BenchResults {
  manifest: BenchDataManifest;
  floor: StepResult;
  /** The data stage's reading alone; absent in results from before it was measured. */
  stageRead?: StepResult;
  stage: StepResult;
  xlsxRead: StepResult;
  xlsxIngest: StepResult;
}

export type Verdict = 'PASS' | 'OVER' | 'n/a';

export interface BenchSummary {
  csvFiles: number;
  csvRows: number;
  csvMB: number;
  xlsxRows: number;
  xlsxMB: number;
  steps: Record<
    'floor' | 'stageRead' | 'stage' | 'xlsxRead' | 'xlsxIngest',
    { ok: boolean; ms: number | null; maxRssMB: number; rows?: number; note?: string; error?: string }
  >;
  /** The data stage's time by step and its garbage collection, ms (when the stage ran). */
  stageBreakdown: { read: number; map: number; add: number; finish: number; gc: number } | null;
  /** Data stage time / bare parse time; null when either is missing. */
  stageRatio: number | null;
  /** The data stage's reading alone / bare parse time. */
  readRatio: number | null;
  /** Quarterdeck's XLSX ingest time / SheetJS's bare read time. */
  xlsxRatio: number | null;
  budget: BenchBudget & { time: Verdict; memory: Verdict };
}

function ratio(a: StepResult, b: StepResult): number | null {
  return a.ok && b.ok && a.ms !== null && b.ms !== null && b.ms > 0 ? a.ms / b.ms : null;
}

function hundredths(x: number | null): number | null {
  return x === null ? null : Math.round(x * 100) / 100;
}

export function benchSummary(results: BenchResults, budget: BenchBudget = DEFAULT_BUDGET): BenchSummary {
  const { manifest: m } = results;
  const stageRatio = ratio(results.stage, results.floor);
  const step = (r: StepResult) => ({
    ok: r.ok,
    ms: r.ms === null ? null : Math.round(r.ms),
    maxRssMB: r.maxRssMB,
    ...(r.rows !== undefined ? { rows: r.rows } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(r.error ? { error: r.error } : {}),
  });
  return {
    csvFiles: m.csvFiles.length,
    csvRows: m.csvRows,
    csvMB: Math.round(m.csvBytes / 2 ** 20),
    xlsxRows: m.xlsxRows,
    xlsxMB: Math.round(m.xlsxBytes / 2 ** 20),
    steps: {
      floor: step(results.floor),
      stageRead: step(results.stageRead ?? { step: 'stage-read', ok: false, ms: null, maxRssMB: 0 }),
      stage: step(results.stage),
      xlsxRead: step(results.xlsxRead),
      xlsxIngest: step(results.xlsxIngest),
    },
    stageBreakdown:
      results.stage.ok && results.stage.breakdown !== undefined
        ? (Object.fromEntries(Object.entries(results.stage.breakdown).map(([k, v]) => [k, Math.round(v)])) as BenchSummary['stageBreakdown'])
        : null,
    stageRatio: hundredths(stageRatio),
    readRatio: hundredths(results.stageRead === undefined ? null : ratio(results.stageRead, results.floor)),
    xlsxRatio: hundredths(ratio(results.xlsxIngest, results.xlsxRead)),
    budget: {
      ...budget,
      time: stageRatio === null ? 'n/a' : stageRatio <= budget.maxRatio ? 'PASS' : 'OVER',
      memory: !results.stage.ok ? 'n/a' : results.stage.maxRssMB < budget.maxRssMB ? 'PASS' : 'OVER',
    },
  };
}

function seconds(ms: number | null): string {
  return ms === null ? '—' : `${(ms / 1000).toFixed(2)} s`;
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd();
}

export function benchTable(s: BenchSummary): string[] {
  const n = (x: number) => x.toLocaleString('en-US');
  const row = (name: string, r: BenchSummary['steps']['floor'], vs: string) => [
    name,
    r.ok ? seconds(r.ms) : 'not run',
    r.ok ? `${n(r.maxRssMB)} MB` : '',
    vs,
  ];
  const rows = [
    ['step', 'time', 'peak RSS', 'vs'],
    row(`papaparse bare parse, ${s.csvFiles} CSVs (floor)`, s.steps.floor, ''),
    ...(s.steps.stageRead.ok || s.steps.stageRead.error
      ? [row('data stage reading alone (readDataFile)', s.steps.stageRead, s.readRatio === null ? '' : `${s.readRatio.toFixed(2)}x floor`)]
      : []),
    row('data stage (runDataStage)', s.steps.stage, s.stageRatio === null ? '' : `${s.stageRatio.toFixed(2)}x floor`),
    row('SheetJS XLSX.read, dense (floor)', s.steps.xlsxRead, ''),
    row('readDataFile (XLSX)', s.steps.xlsxIngest, s.xlsxRatio === null ? '' : `${s.xlsxRatio.toFixed(2)}x read`),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  const lines = [
    `Input: ${n(s.csvRows)} deal rows in ${s.csvFiles} snapshot CSVs (${n(s.csvMB)} MB); XLSX export of ${n(s.xlsxRows)} rows (${n(s.xlsxMB)} MB).`,
    '',
    ...rows.map((r) => pad(r, widths)),
    ...(s.stageBreakdown === null
      ? []
      : [
          '',
          `Data stage by step: reading ${seconds(s.stageBreakdown.read)}, typed rows ${seconds(s.stageBreakdown.map)}, ` +
            `model builder ${seconds(s.stageBreakdown.add)}, finishing the model ${seconds(s.stageBreakdown.finish)}; ` +
            `garbage collection pauses within them: ${seconds(s.stageBreakdown.gc)}.`,
        ]),
    '',
    'Times are wall times of the work alone, after start-up and module loading, each step in its own process; the floor decodes and parses each CSV with the data stage\'s Papa Parse settings.',
    `Budget: data stage at most ${s.budget.maxRatio}x the bare parse: ${s.budget.time}` +
      (s.stageRatio === null ? '' : ` (${s.stageRatio.toFixed(2)}x)`) +
      `; peak RSS under ${n(s.budget.maxRssMB)} MB: ${s.budget.memory}` +
      (s.steps.stage.ok ? ` (${n(s.steps.stage.maxRssMB)} MB)` : '') +
      '.',
  ];
  for (const [name, r] of Object.entries(s.steps)) {
    if (r.error) lines.push(`${name}: ${r.error}`);
    if (r.note) lines.push(`${name}: ${r.note}`);
  }
  return lines;
}
