/**
 * Broken inputs through the real command: `npx tsx scripts/check.ts --data <dir>` (and once
 * `npm run check`), spawned, two at a time. Each case pins the exit code (0 dashboard, 1 the
 * data cannot make one, 2 usage error, 3 internal error), the lines that say why, and that no
 * stack trace reaches stdout or stderr.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeIngestFixtures } from '../fixtures/ingest/make-fixtures.ts';
import { parseCliArgs, runCli, UsageError } from '../../scripts/cli/args.ts';
import { DEALS_HEADER, expectNoStackTrace, inBatches, run, runCheck, tempFolders, type CliRun } from './trustKit.ts';

const folders = tempFolders('quarterdeck-trust-cli-');
afterAll(() => folders.cleanup());

const GOOD = `${DEALS_HEADER}\nG1,Good won,Ana Ruiz,Closed Won,100,2026-03-15\nG2,Good open,Ana Ruiz,Prospecting,50,2026-06-30\n`;

interface Case {
  name: string;
  /** Builds the folder; returns the command's arguments. */
  args: () => string[];
  npm?: boolean;
}

const dirs = new Map<string, string>();
const results = new Map<string, CliRun>();

const cases: Case[] = [
  { name: 'missing folder', args: () => ['--data', path.join(remember('missing', folders.make({})), 'nope')] },
  { name: 'folder is a file', args: () => ['--data', path.join(remember('file', folders.make({ 'deals.csv': GOOD })), 'deals.csv')] },
  { name: 'config is a folder', args: () => ['--data', remember('config folder', folders.make({ 'deals-2026-03-31.csv': GOOD, 'quarterdeck.config.json/x.txt': '' }))] },
  { name: 'invalid JSON config', args: () => ['--data', folders.make({ 'deals-2026-03-31.csv': GOOD, 'quarterdeck.config.json': '{ "currency": "EUR", }' })] },
  { name: 'broken files beside good deals', args: () => ['--data', brokenFolder()] },
  { name: 'broken files with --strict', args: () => ['--data', brokenFolder(), '--strict'] },
  { name: 'empty folder as JSON', args: () => ['--data', remember('empty', folders.make({})), '--json'] },
  { name: 'unknown flag', args: () => ['--dta', 'data'] },
  { name: 'npm run check --json on a folder with bad rows', npm: true, args: () => ['--data', badRowsFolder(), '--json'] },
];

let generated = '';

beforeAll(async () => {
  generated = folders.make({});
  makeIngestFixtures(generated);
  const tasks = cases.map((c) => async () => {
    const args = c.args();
    const result = c.npm === true ? await run('npm', ['run', '--silent', 'check', '--', ...args]) : await runCheck(args);
    results.set(c.name, result);
  });
  await inBatches(tasks, 2);
}, 120_000);

function remember(key: string, dir: string): string {
  dirs.set(key, dir);
  return dir;
}

function brokenFolder(): string {
  const fixture = (name: string) => readFileSync(path.join(generated, name));
  return folders.make({
    'deals-2026-03-31.csv': GOOD,
    'junk.csv': fixture('junk.csv'),
    'corrupt.xlsx': fixture('corrupt.xlsx'),
    'protected.xlsx': fixture('protected.xlsx'),
    'bomb.xlsx': fixture('declared-200mb.xlsx'),
  });
}

function badRowsFolder(): string {
  const text = `${DEALS_HEADER}\nB1,No owner,,Closed Won,100,2026-03-01\nB2,Fine,Ana Ruiz,Closed Won,250,2026-03-01\nB3,"Never closed,Ana Ruiz,Closed Won,1,2026-03-01\n`;
  return remember('bad rows', folders.make({ 'deals-2026-03-31.csv': text }));
}

function result(name: string): CliRun {
  const r = results.get(name);
  if (r === undefined) throw new Error(`no run for ${name}`);
  expectNoStackTrace(r);
  return r;
}

describe('npx tsx scripts/check.ts on broken inputs', () => {
  it('a data folder that does not exist: exit 1 and one line saying so', () => {
    const r = result('missing folder');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`\n✖ The data folder ${path.join(dirs.get('missing')!, 'nope')} does not exist: create it and put your CRM exports in it, or pass --data with the folder that has them.\n`);
  });

  it('a data folder that is a file: exit 1', () => {
    const r = result('folder is a file');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`is a file, not a folder: pass --data with the folder that holds your CRM exports.\n`);
  });

  it('a config file that is a folder: exit 1 with the config error (it used to crash with exit 3)', () => {
    const r = result('config is a folder');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  ✖ quarterdeck.config.json is a folder, not a file: remove it, or replace it with a file holding the settings as JSON.\n');
    expect(r.stdout).toContain('Issues: 1 errors, 0 warnings, 0 notes\n');
    expect(r.stdout).toContain('✖ quarterdeck.config.json has errors: fix them and run again.\n');
    expect(r.stderr).not.toContain('internal error');
  });

  it('a config with invalid JSON: exit 1 with line and column', () => {
    const r = result('invalid JSON config');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('  ✖ quarterdeck.config.json › line 1, column 22 is not valid JSON (a comma before a closing bracket); remove that comma, because JSON allows no trailing commas.\n');
  });

  it('junk, a corrupt, a password-protected and a zip-bomb workbook beside a good export: exit 0, each file named', () => {
    const r = result('broken files beside good deals');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Files: 5 (1 read, 0 ignored, 4 unreadable) · tables: 1 (1 deals)\n');
    expect(r.stdout).toContain('Deals: 2 (1 open, 1 won, 0 lost) · won total $100\n');
    expect(r.stdout).toContain('  ✖ junk.csv is not text but binary data, so it is not a CSV export: export the report again as CSV or XLSX, or remove the file from the data folder.\n');
    expect(r.stdout).toContain('  ✖ corrupt.xlsx looks like an Excel workbook but is damaged (its zip directory cannot be read): open it in Excel and save it again, or export it again from the CRM.\n');
    expect(r.stdout).toContain('  ✖ protected.xlsx is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.\n');
    expect(r.stdout).toMatch(/\n {2}✖ bomb\.xlsx declares 200 MB of content packed into /);
  });

  it('the same with --strict: exit 1, because files could not be read', () => {
    const r = result('broken files with --strict');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✖ 4 file(s) could not be read and --strict is on: fix or remove the files listed above, or run without --strict to build from the other files.\n');
  });

  it('--json on an empty folder: exit 1 and one JSON object on stdout that says why', () => {
    const r = result('empty folder as JSON');
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as { ok: boolean; fatal: string[]; asOf: string | null; totals: { files: number } };
    expect(json.ok).toBe(false);
    expect(json.asOf).toBeNull();
    expect(json.totals.files).toBe(0);
    expect(json.fatal).toEqual([`No data files found in ${dirs.get('empty')}: put CSV or XLSX exports of your deals (.csv .tsv .txt .xlsx .xlsm .xls) in it.`]);
    // The summary goes to stderr, so stdout stays machine-readable.
    expect(r.stderr).toContain('✖ No data files found in');
  });

  it('an unknown flag: exit 2 with the closest option and the usage', () => {
    const r = result('unknown flag');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('quarterdeck: --dta is not an option of this command; did you mean --data?\n\nusage: npm run check -- [--data DIR] [--json] [--strict] [--suggest-config]\n');
    expect(r.stdout).toBe('');
  });

  it('npm run check -- --json with rejected rows: exit 0, and the JSON accounts for every row', () => {
    const r = result('npm run check --json on a folder with bad rows');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      ok: boolean;
      totals: { rowsRead: number; accepted: number; rejected: number; skipped: number; errors: number };
      deals: { total: number; wonAmount: number };
      files: { tables: { issues: { code: string; row: number | null; message: string }[] }[] }[];
    };
    // Row 2 has no owner: kept under "Unassigned" with a warning; row 4 opens a quote that never closes: rejected; row 3 is kept.
    expect(json.ok).toBe(true);
    expect(json.totals).toMatchObject({ rowsRead: 3, accepted: 2, rejected: 1, skipped: 0, errors: 1 });
    // 100 + 250 won
    expect(json.deals).toEqual({ total: 2, byStatus: { open: 0, won: 2, lost: 0 }, wonAmount: 350 });
    const issues = json.files[0]!.tables[0]!.issues.filter((i) => i.code !== 'ragged-row');
    expect(issues.map((i) => [i.code, i.row])).toEqual([
      ['unclosed-quote', 4],
      ['missing-owner', 2],
    ]);
  });
});

describe('runCli on an unexpected failure', () => {
  it('prints two lines and no stack trace, and exits 3; QUARTERDECK_DEBUG=1 adds the stack', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    const exitCode = process.exitCode;
    const debug = process.env.QUARTERDECK_DEBUG;
    try {
      delete process.env.QUARTERDECK_DEBUG;
      await runCli(async () => {
        throw new Error('reader exploded');
      });
      expect(process.exitCode).toBe(3);
      expect(written.join('')).toBe(
        'quarterdeck: internal error: reader exploded\nRun again with QUARTERDECK_DEBUG=1 for details, and report it with the files that cause it if you can.\n',
      );
      written.length = 0;
      process.env.QUARTERDECK_DEBUG = '1';
      await runCli(async () => {
        throw new Error('reader exploded');
      });
      expect(written.join('')).toMatch(/^quarterdeck: internal error: reader exploded\nError: reader exploded\n\s+at /);
    } finally {
      spy.mockRestore();
      process.exitCode = exitCode;
      if (debug === undefined) delete process.env.QUARTERDECK_DEBUG;
      else process.env.QUARTERDECK_DEBUG = debug;
    }
  });
});

describe('parseCliArgs mistakes, as one sentence that says the fix', () => {
  const options = {
    data: { type: 'string' as const, default: 'data' },
    json: { type: 'boolean' as const, default: false },
    strict: { type: 'boolean' as const, default: false },
  };
  it.each([
    [['--strct'], '--strct is not an option of this command; did you mean --strict?'],
    [['--colour'], '--colour is not an option of this command; the options are --data, --json, --strict.'],
    [['--data'], '--data needs a value after it, for example --data DIR.'],
    [['--json=yes'], '--json takes no value: write --json on its own.'],
    [['exports/q3'], '"exports/q3" is not an option of this command: options start with --, as in --data exports/q3.'],
  ])('%j', (argv, message) => {
    expect(() => parseCliArgs(argv, options, 'usage: test')).toThrow(new UsageError(`${message}\n\nusage: test`));
  });
});
