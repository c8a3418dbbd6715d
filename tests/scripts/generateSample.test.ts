import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attainment } from '../../scripts/sample/attainment.ts';
import { buildSample, type Sample } from '../../scripts/sample/buildSample.ts';
import { writeSample } from '../../scripts/sample/writeSample.ts';
import { ConfigSchema } from '../../src/schema/configSchema.ts';
import { SAMPLE_COMPENSATION } from '../../scripts/sample/samplePlans.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

const SNAPSHOT_DATES = [
  '2026-05-06', '2026-05-13', '2026-05-20', '2026-05-27', '2026-06-03', '2026-06-10', '2026-06-17',
  '2026-06-24', '2026-07-01', '2026-07-08', '2026-07-15', '2026-07-22', '2026-07-29', '2026-08-05',
  '2026-08-12', '2026-08-19', '2026-08-26', '2026-09-02', '2026-09-09', '2026-09-16',
];
const HEADER =
  '"Opportunity ID","Opportunity Name","Account Name","Opportunity Owner","Stage","Amount","Amount Currency","Probability (%)","Close Date","Created Date","Forecast Category","Next Step","Last Activity","Type","Lead Source","Loss Reason"';
/** The Salesforce ladder with its default probabilities, as the brief lists them. */
const PROBABILITY: Record<string, string> = {
  Prospecting: '10', Qualification: '10', 'Needs Analysis': '20', 'Value Proposition': '50', 'Id. Decision Makers': '60',
  'Perception Analysis': '70', 'Proposal/Price Quote': '75', 'Negotiation/Review': '90', 'Closed Won': '100', 'Closed Lost': '0',
};

type Row = Record<string, string>;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** `9/16/2026` -> `2026-09-16`, checking the M/D/YYYY shape. */
function iso(mdy: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(mdy);
  if (!m) throw new Error(`not M/D/YYYY: ${mdy}`);
  return `${m[3]}-${m[1]?.padStart(2, '0')}-${m[2]?.padStart(2, '0')}`;
}

function mdy(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${Number(m)}/${Number(d)}/${y}`;
}

/** Data rows of a Salesforce report CSV (header to the blank line before the footer). */
function reportRows(text: string): Row[] {
  const body = text.slice(0, text.indexOf('\r\n\r\n"Grand Totals'));
  return Papa.parse<Row>(body, { header: true }).data;
}

let dirA = '';
let dirB = '';
let sample: Sample;
const snapshots = new Map<string, Row[]>();
let history: Row[] = [];

beforeAll(async () => {
  dirA = mkdtempSync(join(tmpdir(), 'qd-sample-a-'));
  dirB = mkdtempSync(join(tmpdir(), 'qd-sample-b-'));
  sample = buildSample();
  await writeSample(dirA, sample.files);
  // The second run goes through the command line, in another time zone.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/generateSample.ts', '--out', dirB, '--quiet'], {
    cwd: root,
    env: { ...process.env, TZ: process.env.TZ === 'Pacific/Auckland' ? 'America/Los_Angeles' : 'Pacific/Auckland' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`generateSample failed: ${run.stderr}`);
  for (const date of SNAPSHOT_DATES) {
    snapshots.set(date, reportRows(readFileSync(join(dirA, `sample/snapshots/opportunities-${date}.csv`), 'utf8')));
  }
  history = reportRows(readFileSync(join(dirA, 'sample/history/closed-deals-export-2026-05-06.csv'), 'utf8'));
}, 120_000);

afterAll(() => {
  for (const d of [dirA, dirB]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('generateSample: files', () => {
  it('writes the same bytes twice (in-process and from the command line in another time zone)', () => {
    const files = listFiles(dirA);
    expect(listFiles(dirB)).toEqual(files);
    for (const f of files) expect(readFileSync(join(dirB, f)).equals(readFileSync(join(dirA, f))), f).toBe(true);
  });

  it('is what the repository ships: data/sample and data/quarterdeck.config.json are the generator\'s bytes', () => {
    const shipped = join(root, 'data');
    const files = listFiles(dirA);
    expect(listFiles(join(shipped, 'sample')).map((f) => `sample/${f}`)).toEqual(files.filter((f) => f.startsWith('sample/')));
    const stale = files.filter((f) => !readFileSync(join(shipped, f)).equals(readFileSync(join(dirA, f))));
    expect(stale, 'run "npm run sample" and commit data/').toEqual([]);
  });

  it('writes 20 weekly snapshots, the history export, quotas, roster, forecast calls and config', () => {
    expect(listFiles(dirA)).toEqual(
      [
        'quarterdeck.config.json',
        'sample/calls/forecast-calls.csv',
        'sample/history/closed-deals-export-2026-05-06.csv',
        'sample/quotas/quotas-fy2025-fy2027.xlsx',
        'sample/roster.csv',
        ...SNAPSHOT_DATES.map((d) => `sample/snapshots/opportunities-${d}.csv`),
      ].sort(),
    );
  });

  it('writes Salesforce report CSVs: exact header, every field quoted, CRLF only, and the footer', () => {
    const reports = [
      ...SNAPSHOT_DATES.map((d) => ({ file: `sample/snapshots/opportunities-${d}.csv`, date: d })),
      { file: 'sample/history/closed-deals-export-2026-05-06.csv', date: '2026-05-06' },
    ];
    const quotedLine = /^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*"){15}$/;
    for (const { file, date } of reports) {
      const text = readFileSync(join(dirA, file), 'utf8');
      expect(text.replaceAll('\r\n', '').includes('\n'), file).toBe(false);
      const lines = text.split('\r\n');
      expect(lines[0]).toBe(HEADER);
      const blank = lines.indexOf('');
      const data = lines.slice(1, blank);
      expect(data.length).toBeGreaterThan(500);
      expect(data.filter((line) => !quotedLine.test(line))).toEqual([]);
      expect(lines.slice(blank)).toEqual([
        '',
        `"Grand Totals (${data.length} records)"`,
        '',
        '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
        '"Confidential Information - Do Not Distribute"',
        `"Generated By:  Dana Whitfield ${mdy(date)} 7:12 AM"`,
        '"Northwind Analytics"',
        '',
      ]);
    }
  });

  it('writes dates as M/D/YYYY, with days above 12 so the order is unambiguous', () => {
    const shape = /^(1[0-2]|[1-9])\/(3[01]|[12]\d|[1-9])\/20\d\d$/;
    for (const rows of [history, ...snapshots.values()]) {
      const dates = rows.flatMap((r) => [r['Close Date'], r['Created Date'], r['Last Activity']]).filter((v) => v !== '');
      expect(dates.filter((v) => !shape.test(v ?? ''))).toEqual([]);
      expect(dates.some((v) => Number(v?.split('/')[1]) > 12)).toBe(true);
    }
  });

  it('writes the config the brief asks for, valid against the config schema', () => {
    const config = JSON.parse(readFileSync(join(dirA, 'quarterdeck.config.json'), 'utf8'));
    expect(config).toEqual({
      $schema: '../quarterdeck.config.schema.json',
      companyName: 'Northwind Analytics',
      currency: 'USD',
      fiscalYearStartMonth: 2,
      fiscalYearNaming: 'end',
      asOf: '2026-09-16',
      dateOrder: 'MDY',
      sample: true,
      compensation: SAMPLE_COMPENSATION,
    });
    expect(ConfigSchema.safeParse(config).success).toBe(true);
    // The sample's plans cover its account executives, managers and VP by their roster roles.
    expect(SAMPLE_COMPENSATION.plans!.flatMap((p) => p.roles ?? [])).toEqual(['Account Executive', 'Sales Manager', 'VP Sales']);
  });
});

describe('generateSample: the company', () => {
  const roster = () =>
    Papa.parse<Row>(readFileSync(join(dirA, 'sample/roster.csv'), 'utf8').replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    }).data;

  it('has 3 regions, 6 teams (2 per region), 30 reps and a manager per team', () => {
    const rows = roster();
    expect(Object.keys(rows[0] ?? {})).toEqual(['Rep', 'Email', 'Manager', 'Team', 'Region', 'Start Date', 'End Date', 'Role']);
    const reps = rows.filter((r) => r.Role === 'Account Executive');
    const managers = rows.filter((r) => r.Role === 'Sales Manager');
    expect(reps).toHaveLength(30);
    expect(new Set(reps.map((r) => r.Region)).size).toBe(3);
    expect(new Set(reps.map((r) => r.Team)).size).toBe(6);
    expect(managers).toHaveLength(6);
    expect(new Set(managers.map((r) => r.Team)).size).toBe(6);
    for (const region of new Set(reps.map((r) => r.Region))) {
      expect(new Set(reps.filter((r) => r.Region === region).map((r) => r.Team)).size).toBe(2);
    }
    for (const r of reps) expect(managers.some((m) => m.Rep === r.Manager && m.Team === r.Team)).toBe(true);
  });

  it('has two reps who started in the last two quarters and one who left a few months ago', () => {
    const reps = roster().filter((r) => r.Role === 'Account Executive');
    // FY2027 Q2 started 2026-05-01.
    expect(reps.filter((r) => (r['Start Date'] ?? '') >= '2026-05-01')).toHaveLength(2);
    const left = reps.filter((r) => r['End Date'] !== '');
    expect(left).toHaveLength(1);
    expect(left[0]?.['End Date']).toBe('2026-06-12');
  });

  it("closes or reassigns the leaver's deals: none open under his name after he left", () => {
    const leaver = 'Daniel Reyes';
    const before = snapshots.get('2026-06-10') ?? [];
    const after = snapshots.get('2026-06-24') ?? [];
    const hisOpen = before.filter((r) => r['Opportunity Owner'] === leaver && !r.Stage?.startsWith('Closed'));
    expect(hisOpen.length).toBeGreaterThan(3);
    expect(after.filter((r) => r['Opportunity Owner'] === leaver && !r.Stage?.startsWith('Closed'))).toEqual([]);
    const afterById = new Map(after.map((r) => [r['Opportunity ID'], r]));
    const fates = hisOpen.map((r) => afterById.get(r['Opportunity ID']));
    expect(fates.some((r) => r && r['Opportunity Owner'] !== leaver)).toBe(true); // reassigned
    expect(fates.some((r) => r && r['Opportunity Owner'] === leaver && r.Stage === 'Closed Lost')).toBe(true); // closed
  });

  it('writes the quota workbook: title block, quarter columns, rep and team rows, hidden Notes sheet', () => {
    const wb = XLSX.read(readFileSync(join(dirA, 'sample/quotas/quotas-fy2025-fy2027.xlsx')), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['Quotas', 'Notes']);
    expect(wb.Workbook?.Sheets?.[1]?.Hidden).toBe(1);
    const sheet = wb.Sheets.Quotas;
    if (!sheet) throw new Error('no Quotas sheet');
    const rows = XLSX.utils.sheet_to_json<(string | number | null)[]>(sheet, { header: 1, defval: null, blankrows: true });
    expect(rows[0]?.[0]).toBe('Northwind Analytics — Sales quotas');
    expect(rows[1]?.[0]).toBe('Quarterly quota, USD');
    expect((rows[2] ?? []).every((c) => c === null)).toBe(true);
    expect(rows[3]).toEqual([
      'Rep', 'Team', 'Region', 'FY2025 Q3', 'FY2025 Q4', 'FY2026 Q1', 'FY2026 Q2', 'FY2026 Q3', 'FY2026 Q4',
      'FY2027 Q1', 'FY2027 Q2', 'FY2027 Q3', 'FY2027 Q4',
    ]);
    const body = rows.slice(4);
    const repRows = body.filter((r) => r[0] !== null);
    const teamRows = body.filter((r) => r[0] === null);
    expect(repRows).toHaveLength(30);
    expect(teamRows).toHaveLength(6);
    // Blank before the start: the 2026-07-06 hire has no quota before FY2027 Q2 (column index 10).
    const nina = repRows.find((r) => r[0] === 'Nina Alvarez') ?? [];
    expect(nina.slice(3, 10).every((c) => c === null)).toBe(true);
    expect(typeof nina[11]).toBe('number');
    // Blank after leaving (Q3 and Q4 of FY2027).
    const leaver = repRows.find((r) => r[0] === 'Daniel Reyes') ?? [];
    expect([leaver[11], leaver[12]]).toEqual([null, null]);
    // Some team quota above the sum of its reps.
    const above = teamRows.some((t) =>
      [3, 4, 5].some((c) => {
        const sum = repRows.filter((r) => r[1] === t[1]).reduce((n, r) => n + (Number(r[c]) || 0), 0);
        return Number(t[c]) > sum;
      }),
    );
    expect(above).toBe(true);
  });
});

describe('generateSample: the deals', () => {
  it('has 3,000 - 6,000 deals by the as-of date and a win rate of 25-35% in the history export', () => {
    const known = sample.truth.deals.filter((d) => d.created <= sample.truth.asOf);
    expect(known.length).toBeGreaterThanOrEqual(3000);
    expect(known.length).toBeLessThanOrEqual(6000);
    const won = history.filter((r) => r.Stage === 'Closed Won').length;
    const lost = history.filter((r) => r.Stage === 'Closed Lost').length;
    expect(won + lost).toBe(history.length);
    expect(won / (won + lost)).toBeGreaterThan(0.25);
    expect(won / (won + lost)).toBeLessThan(0.35);
  });

  it('keeps in the history export only deals closed from 2024-08-01 to before 2026-05-06', () => {
    const outside = history.map((r) => iso(r['Close Date'] ?? '')).filter((d) => d < '2024-08-01' || d >= '2026-05-06');
    expect(outside).toEqual([]);
  });

  it('uses the Salesforce ladder with its default probabilities, the six loss reasons and three types', () => {
    const all = [history, ...snapshots.values()].flat();
    expect(all.filter((r) => r['Probability (%)'] !== PROBABILITY[r.Stage ?? ''])).toEqual([]);
    expect(new Set(all.map((r) => r.Stage))).toEqual(new Set(Object.keys(PROBABILITY)));
    expect(new Set(all.filter((r) => r.Stage === 'Closed Lost').map((r) => r['Loss Reason']))).toEqual(
      new Set(['Price', 'Competitor', 'No Decision', 'Timing', 'Budget', 'Lost to Status Quo']),
    );
    expect(all.filter((r) => r.Stage !== 'Closed Lost').every((r) => r['Loss Reason'] === '')).toBe(true);
    expect(new Set(all.map((r) => r.Type))).toEqual(new Set(['New Business', 'Existing Business/Upsell', 'Renewal']));
    expect(new Set(all.map((r) => r['Forecast Category']))).toEqual(new Set(['Pipeline', 'Best Case', 'Commit', 'Omitted', 'Closed']));
    expect(all.some((r) => r['Next Step'] === '' && !r.Stage?.startsWith('Closed'))).toBe(true);
  });

  it('closes many won deals in the last three weeks of the quarter (hockey stick)', () => {
    // Fiscal quarters end on the last day of January, April, July and October.
    const quarterEnd = (isoDate: string): number => {
      const [y, m] = isoDate.split('-').map(Number) as [number, number];
      const endMonth = [1, 4, 7, 10].find((e) => e >= m) ?? 13; // 13 = January of next year
      return Date.UTC(endMonth === 13 ? y + 1 : y, endMonth === 13 ? 1 : endMonth, 0);
    };
    const won = history.filter((r) => r.Stage === 'Closed Won').map((r) => iso(r['Close Date'] ?? ''));
    const late = won.filter((d) => (quarterEnd(d) - Date.parse(`${d}T00:00:00Z`)) / 86_400_000 < 21);
    // Three weeks of a 13-week quarter would hold 23% if closes were spread evenly.
    expect(late.length / won.length).toBeGreaterThan(0.4);
  });

  it('has cycles of 30 to 180 days for won deals', () => {
    const cycles = history
      .filter((x) => x.Stage === 'Closed Won')
      .map((r) => (Date.parse(iso(r['Close Date'] ?? '')) - Date.parse(iso(r['Created Date'] ?? ''))) / 86_400_000);
    expect(cycles.filter((d) => d < 30 || d > 180)).toEqual([]);
  });

  it('shows week over week: new deals, pushes (also across quarters), amount cuts, stage moves, wins, losses and vanished deals', () => {
    const seenClosed = new Set<string>();
    const counts = { added: 0, pushed: 0, pushedAcross: 0, cut: 0, moved: 0, won: 0, lost: 0, vanished: 0 };
    const quarterOf = (isoDate: string) => {
      const [y, m] = isoDate.split('-').map(Number) as [number, number];
      return y * 4 + Math.floor(((m - 2 + 12) % 12) / 3) + (m >= 2 ? 4 : 0);
    };
    for (let i = 1; i < SNAPSHOT_DATES.length; i++) {
      const prev = new Map((snapshots.get(SNAPSHOT_DATES[i - 1] ?? '') ?? []).map((r) => [r['Opportunity ID'], r]));
      const cur = new Map((snapshots.get(SNAPSHOT_DATES[i] ?? '') ?? []).map((r) => [r['Opportunity ID'], r]));
      for (const r of prev.values()) if (r.Stage?.startsWith('Closed')) seenClosed.add(r['Opportunity ID'] ?? '');
      for (const [id, r] of cur) {
        const p = prev.get(id);
        if (!p) {
          counts.added++;
          continue;
        }
        const from = iso(p['Close Date'] ?? '');
        const to = iso(r['Close Date'] ?? '');
        if (to > from && !r.Stage?.startsWith('Closed')) {
          counts.pushed++;
          if (quarterOf(to) > quarterOf(from)) counts.pushedAcross++;
        }
        if (Number(r.Amount) < Number(p.Amount) * 0.85) counts.cut++;
        if (r.Stage !== p.Stage && !r.Stage?.startsWith('Closed')) counts.moved++;
        if (r.Stage === 'Closed Won' && !p.Stage?.startsWith('Closed')) counts.won++;
        if (r.Stage === 'Closed Lost' && !p.Stage?.startsWith('Closed')) counts.lost++;
      }
      for (const [id, p] of prev) if (!cur.has(id) && !p.Stage?.startsWith('Closed') && !seenClosed.has(id ?? '')) counts.vanished++;
    }
    expect(counts.added).toBeGreaterThan(500);
    expect(counts.pushed).toBeGreaterThan(100);
    expect(counts.pushedAcross).toBeGreaterThan(20);
    expect(counts.cut).toBeGreaterThan(20);
    expect(counts.moved).toBeGreaterThan(1000);
    expect(counts.won).toBeGreaterThan(100);
    expect(counts.lost).toBeGreaterThan(200);
    expect(counts.vanished).toBeGreaterThan(10);
  });

  it('has stale open deals (no activity for 45+ days) and open deals past their close date on the as-of date', () => {
    const open = (snapshots.get('2026-09-16') ?? []).filter((r) => !r.Stage?.startsWith('Closed'));
    const asOf = Date.parse('2026-09-16T00:00:00Z');
    const stale = open.filter((r) => r['Last Activity'] && asOf - Date.parse(`${iso(r['Last Activity'])}T00:00:00Z`) >= 45 * 86_400_000);
    expect(stale.length).toBeGreaterThan(20);
    expect(open.filter((r) => iso(r['Close Date'] ?? '') < '2026-09-16').length).toBeGreaterThan(10);
  });
});

describe('generateSample: attainment (from the generator truth)', () => {
  const yearly = (rep: string) => {
    const rows = attainment(sample.truth).filter((r) => r.rep === rep && r.completed);
    return [2025, 2026, 2027].map((fy) => {
      const inYear = rows.filter((r) => r.fiscalYear === fy);
      return inYear.reduce((n, r) => n + r.won, 0) / inYear.reduce((n, r) => n + (r.quota ?? 0), 0);
    });
  };

  it('has one rep clearly improving and one clearly declining, year over year', () => {
    const improving = sample.truth.company.reps.filter((r) => r.trend === 'improving');
    const declining = sample.truth.company.reps.filter((r) => r.trend === 'declining');
    expect(improving).toHaveLength(1);
    expect(declining).toHaveLength(1);
    const [up25, up26, up27] = yearly(improving[0]?.name ?? '') as [number, number, number];
    const [down25, down26, down27] = yearly(declining[0]?.name ?? '') as [number, number, number];
    expect(up26).toBeGreaterThan(up25 + 0.15);
    expect(up27).toBeGreaterThan(up26 + 0.15);
    expect(down26).toBeLessThan(down25 - 0.15);
    expect(down27).toBeLessThan(down26 - 0.15);
  });

  it('lands the company at 80-120% in most completed quarters, with reps spread widely around it', () => {
    const rows = attainment(sample.truth).filter((r) => r.completed);
    const quarters = [...new Set(rows.map((r) => r.quarter))];
    expect(quarters).toHaveLength(8);
    const inBand = quarters.filter((q) => {
      const inQ = rows.filter((r) => r.quarter === q);
      const ratio = inQ.reduce((n, r) => n + r.won, 0) / inQ.reduce((n, r) => n + (r.quota ?? 0), 0);
      return ratio >= 0.8 && ratio <= 1.2;
    });
    expect(inBand.length).toBeGreaterThanOrEqual(6);
    const ratios = rows.filter((r) => r.quota).map((r) => r.won / (r.quota ?? 1));
    expect(ratios.filter((x) => x < 0.6).length).toBeGreaterThan(10);
    expect(ratios.filter((x) => x > 1.4).length).toBeGreaterThan(10);
    expect(ratios.filter((x) => x >= 0.4 && x <= 1.6).length / ratios.length).toBeGreaterThan(0.7);
  });
});
