import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchDataManifest } from '../../scripts/sample/benchData.ts';
import type { StepResult } from '../../scripts/sample/benchChild.ts';
import { benchSummary, benchTable, type BenchResults, type BenchSummary } from '../../scripts/sample/benchReport.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('benchSummary and benchTable', () => {
  const manifest: BenchDataManifest = {
    version: 1, options: { rows: 1000, snapshots: 2, xlsxRows: 10 }, csvDir: 'csv', csvFiles: ['a.csv', 'b.csv'],
    csvRows: 1200, csvBytes: 3 * 2 ** 20, xlsxDir: 'xlsx', xlsxFile: 'x.xlsx', xlsxRows: 10, xlsxBytes: 2 ** 20,
  };
  const step = (s: StepResult['step'], ms: number | null, maxRssMB: number, ok = true): StepResult => ({ step: s, ok, ms, maxRssMB });
  const results = (stage: StepResult): BenchResults => ({
    manifest,
    floor: step('papaparse', 1000, 200),
    stage,
    xlsxRead: step('xlsx-read', 400, 150),
    xlsxIngest: step('xlsx-ingest', 600, 180),
  });

  it('passes a stage at 1.4x the floor and 900 MB', () => {
    const s = benchSummary(results(step('stage', 1400, 900)));
    expect(s.stageRatio).toBe(1.4);
    expect(s.xlsxRatio).toBe(1.5);
    expect(s.budget).toMatchObject({ time: 'PASS', memory: 'PASS' });
    expect(s.csvMB).toBe(3);
  });

  it('flags a stage at 1.6x the floor and 1,600 MB as over both budgets', () => {
    const s = benchSummary(results(step('stage', 1600, 1600)));
    expect(s.stageRatio).toBe(1.6);
    expect(s.budget).toMatchObject({ time: 'OVER', memory: 'OVER' });
    const text = benchTable(s).join('\n');
    expect(text).toContain('1.60x floor');
    expect(text).toContain('OVER (1.60x)');
    expect(text).toContain('OVER (1,600 MB)');
  });

  it('prints the data stage\'s reading alone against the floor when it was measured', () => {
    const s = benchSummary({ ...results(step('stage', 1400, 900)), stageRead: step('stage-read', 700, 300) });
    expect(s.readRatio).toBe(0.7);
    expect(benchTable(s).join('\n')).toMatch(/data stage reading alone \(readDataFile\) +0\.70 s +300 MB +0\.70x floor/);
    const without = benchSummary(results(step('stage', 1400, 900)));
    expect(without.readRatio).toBeNull();
    expect(benchTable(without).join('\n')).not.toContain('reading alone');
  });

  it('prints where the data stage spent its time', () => {
    const stage = { ...step('stage', 1400, 900), breakdown: { read: 500.4, map: 400, add: 300, finish: 200, gc: 250.6 } };
    const s = benchSummary(results(stage));
    expect(s.stageBreakdown).toEqual({ read: 500, map: 400, add: 300, finish: 200, gc: 251 });
    expect(benchTable(s)).toContain(
      'Data stage by step: reading 0.50 s, typed rows 0.40 s, model builder 0.30 s, finishing the model 0.20 s; garbage collection pauses within them: 0.25 s.',
    );
    expect(benchSummary(results(step('stage', 1400, 900))).stageBreakdown).toBeNull();
  });

  it('gives n/a when the stage did not run, and prints its error', () => {
    const failed = { ...step('stage', null, 80, false), error: 'boom' };
    const s = benchSummary(results(failed));
    expect(s.stageRatio).toBeNull();
    expect(s.budget).toMatchObject({ time: 'n/a', memory: 'n/a' });
    expect(benchTable(s)).toContain('stage: boom');
  });
});

describe('bench (small run through the command line)', () => {
  let dir = '';
  let summary: BenchSummary;
  let manifest: BenchDataManifest;
  let stdout = '';

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'qd-bench-'));
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench.ts', '--rows', '3000', '--snapshots', '3', '--xlsx-rows', '300', '--out', dir, '--json'],
      { cwd: root, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`bench failed: ${run.stderr}`);
    stdout = run.stdout;
    summary = JSON.parse(stdout.trim().split('\n').pop() ?? '') as BenchSummary;
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as BenchDataManifest;
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes three weekly snapshot CSVs ending on the as-of date, with at least the rows asked for', () => {
    expect(manifest.csvFiles).toEqual(['opportunities-2026-09-02.csv', 'opportunities-2026-09-09.csv', 'opportunities-2026-09-16.csv']);
    expect(manifest.csvRows).toBeGreaterThanOrEqual(3000);
    let total = 0;
    for (const f of manifest.csvFiles) {
      const lines = readFileSync(join(dir, 'csv', f), 'utf8').split('\r\n');
      const data = lines.slice(1, lines.indexOf(''));
      total += data.length;
      expect(lines).toContain(`"Grand Totals (${data.length} records)"`);
      const ids = data.map((l) => l.slice(1, 16));
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(total).toBe(manifest.csvRows);
    const config = JSON.parse(readFileSync(join(dir, 'csv', 'quarterdeck.config.json'), 'utf8'));
    expect(config).toMatchObject({ asOf: '2026-09-16', dateOrder: 'MDY', fiscalYearStartMonth: 2 });
  });

  it('writes an XLSX export with the report header and the rows asked for, dates as date cells', () => {
    const wb = XLSX.read(readFileSync(join(dir, 'xlsx', manifest.xlsxFile)), { type: 'buffer', cellNF: true });
    const sheet = wb.Sheets[wb.SheetNames[0] ?? ''];
    if (!sheet) throw new Error('no sheet');
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1 });
    expect(rows).toHaveLength(301);
    expect(rows[0]?.[0]).toBe('Opportunity ID');
    expect(rows[0]?.[15]).toBe('Loss Reason');
    expect(sheet.I2?.t).toBe('n');
    expect(sheet.I2?.z).toBe('m/d/yyyy');
  });

  it('measures the floor and the SheetJS read, and reports every step with a table and a JSON line', () => {
    expect(summary.csvRows).toBe(manifest.csvRows);
    expect(summary.steps.floor.ok).toBe(true);
    // papaparse also returns the header, the blank lines and the footer lines: 8 more per file.
    expect((summary.steps.floor as { rows?: number }).rows).toBe(manifest.csvRows + 3 * 9);
    expect(summary.steps.xlsxRead.ok).toBe(true);
    for (const key of ['stage', 'xlsxIngest'] as const) {
      const s = summary.steps[key];
      expect(s.ok || typeof s.error === 'string').toBe(true);
    }
    expect(stdout).toContain('papaparse bare parse, 3 CSVs (floor)');
    expect(stdout).toMatch(/Budget: data stage at most 1\.5x the bare parse: (PASS|OVER|n\/a)/);
    // The data stage's own steps add up to no more than its time.
    const b = summary.stageBreakdown;
    expect(b).not.toBeNull();
    expect(b!.read + b!.map + b!.add + b!.finish).toBeLessThanOrEqual(summary.steps.stage.ms! + 4);
    expect(stdout).toContain('Data stage by step: reading');
    expect(summary.steps.stageRead.ok).toBe(true);
    expect(stdout).toContain('data stage reading alone (readDataFile)');
  });
});
