/**
 * `npm run check` through the real command line: exit codes, and `--json` printing exactly one
 * JSON object on stdout with messages on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function check(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/check.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE_NO_WARNINGS: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('check --json on the shipped sample', () => {
  const run = check(['--data', 'data', '--json']);

  it('exits 0 and prints one JSON object, nothing else, on stdout', () => {
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(typeof json).toBe('object');
    expect(run.stdout.trim().startsWith('{')).toBe(true);
    expect(run.stdout.trim().endsWith('}')).toBe(true);
  });

  it('has the documented fields, and the counts add up', () => {
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ version: 1, ok: true, fatal: [], asOf: '2026-09-16', asOfSource: 'config', currency: 'USD' });
    expect(json.snapshotDates).toHaveLength(20);
    const t = json.totals;
    expect(t.accepted + t.rejected + t.skipped).toBe(t.rowsRead);
    expect(json.deals.byStatus.open + json.deals.byStatus.won + json.deals.byStatus.lost).toBe(json.deals.total);
    expect(json.deals.wonAmount).toBeGreaterThan(0);
    for (const file of json.files) {
      for (const table of file.tables) {
        expect(table.rows.accepted + table.rows.rejected + table.rows.skipped).toBe(table.rows.read);
        expect(table).toHaveProperty('kind');
        expect(table).toHaveProperty('headerRow');
        expect(table).toHaveProperty('mapping');
        expect(table).toHaveProperty('issues');
      }
    }
    const quotas = json.files.find((f: { file: string }) => f.file.endsWith('.xlsx'));
    expect(quotas.format).toBe('xlsx');
    expect(quotas.tables[0].kind).toBe('quotas');
    expect(quotas.tables[0].headerRow).toBe(4);
  });

  it('puts the human summary on stderr', () => {
    expect(run.stderr).toContain('Rows: 29,102 read');
  });
});

describe('check exit codes', () => {
  it('exits 1 with a friendly reason when the folder has no deals', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quarterdeck-empty-'));
    writeFileSync(path.join(dir, 'notes.csv'), 'Topic,Owner Notes\nhello,world\n');
    const run = check(['--data', dir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('No deals were found');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });

  it('exits 1 when the data folder does not exist', () => {
    const run = check(['--data', path.join(os.tmpdir(), 'quarterdeck-no-such-folder')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/does not exist/);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
  });

  it('exits 2 on an unknown flag, with the usage', () => {
    const run = check(['--dta', 'data']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--dta is not an option of this command; did you mean --data?');
    expect(run.stderr).toContain('usage: npm run check');
  });
});

describe('check --suggest-config', () => {
  it('prints paste-ready config for a near-miss header and a column chosen by its values', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'qd-suggest-'));
    writeFileSync(path.join(dir, 'misspelt.csv'), 'opportunity_id,sales_agent,deal_stage,close_date,close_vlaue\nA1,Ada,Won,2017-03-01,100\n');
    writeFileSync(path.join(dir, 'company-quota.csv'), 'Year,Quarter,Quota,Quota Amount\n2017,Q1,50,"$200,000 "\n');
    const run = check(['--data', dir, '--suggest-config']);
    expect(run.code).toBe(0);
    const at = run.stdout.indexOf('Suggested quarterdeck.config.json entries');
    expect(at).toBeGreaterThan(0);
    const json = JSON.parse(run.stdout.slice(run.stdout.indexOf('{', at)));
    expect(json).toEqual({
      files: {
        'misspelt.csv': { columns: { amount: 'close_vlaue' } },
        'company-quota.csv': { columns: { amount: 'Quota Amount' } },
      },
    });
  });
});
