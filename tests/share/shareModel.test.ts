/**
 * Redaction and scope as model transforms (src/model/pseudonyms.ts, redactModel.ts,
 * scopeModel.ts), on small hand-made models: what is replaced, what is kept, sums by hand.
 */
import { describe, expect, it } from 'vitest';
import type { DataReport } from '../../src/dataStage.ts';
import { pseudonyms } from '../../src/model/pseudonyms.ts';
import { redactModel, REDACTED_TEXT } from '../../src/model/redactModel.ts';
import { ScopeError, scopeModel } from '../../src/model/scopeModel.ts';
import type { Issue } from '../../src/schema/types.ts';
import { makeDeal, makeModel, makeQuota, makeRep } from '../metrics/fixtures.ts';

function issue(fields: Partial<Issue>): Issue {
  return { severity: 'warning', code: 'x', file: 'deals.csv', sheet: null, row: 3, column: null, value: null, message: '', ...fields };
}

function report(issues: Issue[], modelIssues: Issue[] = []): DataReport {
  return {
    dataDir: 'data',
    configFile: null,
    config: {} as DataReport['config'],
    configIssues: [],
    files: [
      {
        file: 'deals.csv', extension: 'csv', bytes: 1, format: 'csv', status: 'read', sheetsNotRead: [], issues: [],
        tables: [
          {
            file: 'deals.csv', sheet: null, format: 'csv', encoding: 'utf-8', delimiter: ',', kind: 'deals', kindReason: '', headerRow: 1,
            mapping: { name: 'Opportunity Name', account: 'Account Name', amount: 'Amount' }, unmappedColumns: ['Notes'],
            rowsRead: 4, accepted: 4, rejected: 0, skipped: 0, skippedBy: { blank: 0, title: 0, footer: 0 }, snapshotDate: null, snapshotDateSource: null,
            issueCounts: { error: 0, warning: issues.length, info: 0, byCode: {} }, issues,
          },
        ],
      },
    ],
    modelIssues,
    totals: { files: 1, tables: 1, rowsRead: 4, accepted: 4, rejected: 0, skipped: 0, errors: 0, warnings: 0, infos: 0 },
    deals: { total: 4, open: 2, won: 2, lost: 0, wonAmount: 300, currency: 'USD' },
    asOf: '2026-06-15',
    asOfSource: 'config',
    snapshotDates: ['2026-06-15'],
    fatal: [],
  };
}

const model = makeModel({
  deals: [
    makeDeal({ id: '006A', name: 'Acme Corp - Renewal', account: 'Acme Corp', owner: 'Ana Lopez', team: 'East', region: 'NA', amount: 100, status: 'won', nextStep: 'Call Ana at Acme', lossReason: null, attributes: { Notes: 'CFO is Jane Roe' } }),
    makeDeal({ id: '006B', name: 'Acme Corp - Upsell', account: 'Acme Corp', owner: 'Ben Okoro', team: 'East', region: 'NA', amount: 200, status: 'won', nextStep: null }),
    makeDeal({ id: '006C', name: 'Globex - New', account: 'Globex', owner: 'Chen Wu', team: 'West', region: 'NA', amount: 40, status: 'open', lossReason: null }),
    makeDeal({ id: '006D', name: 'Initech - Pilot', account: 'Initech', owner: 'Chen Wu', team: 'West', region: 'NA', amount: 60, status: 'open', lossReason: 'Went with a competitor' }),
  ],
  reps: [
    makeRep('Ana Lopez', { team: 'East', region: 'NA', manager: 'Maria Boss', id: 'U1' }),
    makeRep('Ben Okoro', { team: 'East', region: 'NA', manager: 'Maria Boss' }),
    makeRep('Chen Wu', { team: 'West', region: 'NA', manager: 'Ana Lopez' }),
  ],
  quotas: [
    makeQuota('rep', 'Ana Lopez', '2026-05-01', '2026-07-31', 150),
    makeQuota('rep', 'Ben Okoro', '2026-05-01', '2026-07-31', 250),
    makeQuota('rep', 'Chen Wu', '2026-05-01', '2026-07-31', 90),
    makeQuota('team', 'East', '2026-05-01', '2026-07-31', 400),
    makeQuota('team', 'West', '2026-05-01', '2026-07-31', 90),
    makeQuota('region', 'NA', '2026-05-01', '2026-07-31', 490),
    makeQuota('company', null, '2026-05-01', '2026-07-31', 500),
  ],
});

describe('pseudonyms', () => {
  it('are "Kind" and at least four digits, the same for the same keys in any order, distinct even when hashes collide', () => {
    const keys = Array.from({ length: 2400 }, (_, i) => `006${String(i).padStart(6, '0')}`);
    const a = pseudonyms('Deal', keys);
    const b = pseudonyms('Deal', [...keys].reverse());
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(new Set(a.values()).size).toBe(keys.length);
    for (const p of a.values()) expect(p).toMatch(/^Deal \d{4}$/);
    // 2,400 keys in 10,000 numbers: collisions are certain, and were settled.
    expect(pseudonyms('Deal', ['one']).get('one')).toMatch(/^Deal \d{4}$/);
  });

  it('take more digits for more keys, and another number under a secret', () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `k${i}`);
    expect(pseudonyms('Deal', keys).get('k1')).toMatch(/^Deal \d{5}$/);
    expect(pseudonyms('Account', ['Acme'], 's3cret').get('Acme')).not.toBe(pseudonyms('Account', ['Acme']).get('Acme'));
    expect(pseudonyms('Account', ['Acme'], 's3cret').get('Acme')).toBe(pseudonyms('Account', ['Acme'], 's3cret').get('Acme'));
  });
});

describe('redactModel, deals', () => {
  const issues = [
    issue({ column: 'Opportunity Name', value: 'Acme Corp - Renewal', message: 'Duplicate "Acme Corp - Renewal" in row 3.' }),
    issue({ column: 'Amount', value: 'abc', message: 'Amount "abc" is not a number for Globex - New.' }),
    issue({ column: 'Notes', value: 'CFO is Jane Roe', message: 'Too long.' }),
  ];
  const { model: m, report: r } = redactModel(model, report(issues, [issue({ message: 'Ana Lopez owns Initech - Pilot.' })]), { deals: true, reps: false });

  it('replaces deal names and ids, accounts (one per account), loss reasons and next steps; drops the extra columns; keeps amounts and owners', () => {
    const byAmount = new Map(m.deals.map((d) => [d.amount, d]));
    const renewal = byAmount.get(100)!;
    const upsell = byAmount.get(200)!;
    expect(renewal.name).toMatch(/^Deal \d{4}$/);
    expect(renewal.id).toBe(renewal.name.replace('Deal ', 'D-'));
    expect(renewal.account).toMatch(/^Account \d{4}$/);
    expect(upsell.account).toBe(renewal.account);
    expect(byAmount.get(40)!.account).not.toBe(renewal.account);
    expect(renewal.nextStep).toBe(REDACTED_TEXT);
    expect(upsell.nextStep).toBeNull();
    expect(byAmount.get(60)!.lossReason).toMatch(/^Loss reason \d{4}$/);
    expect(renewal.attributes).toEqual({});
    expect(renewal.owner).toBe('Ana Lopez');
    expect(m.deals.map((d) => d.id)).toEqual([...m.deals.map((d) => d.id)].sort());
    expect(JSON.stringify(m)).not.toMatch(/Acme|Globex|Initech|Jane Roe|competitor/);
  });

  it('scrubs the report: values in name columns dropped, names in messages replaced, other values kept', () => {
    const [dup, amount, notes] = r.files[0]!.tables[0]!.issues;
    expect(dup!.value).toBeNull();
    expect(dup!.message).toMatch(/^Duplicate "Deal \d{4}" in row 3\.$/);
    expect(amount!.value).toBe('abc');
    expect(amount!.message).toMatch(/for Deal \d{4}\.$/);
    expect(notes!.value).toBeNull();
    expect(r.modelIssues[0]!.message).toMatch(/^Ana Lopez owns Deal \d{4}\.$/);
  });
});

describe('redactModel, reps', () => {
  const { model: m } = redactModel(model, report([]), { deals: true, reps: true });

  it('makes each team the only owner of its deals, one "rep" per team, no rep name left', () => {
    expect(m.deals.map((d) => d.owner).sort()).toEqual(['East (team)', 'East (team)', 'West (team)', 'West (team)']);
    expect(m.reps.map((r) => [r.name, r.team, r.region, r.manager])).toEqual([
      ['East (team)', 'East', 'NA', null],
      ['West (team)', 'West', 'NA', null],
    ]);
    expect(JSON.stringify(m)).not.toMatch(/Ana Lopez|Ben Okoro|Chen Wu|Maria Boss|U1/);
  });

  it('sums rep quotas per team and period (East 150 + 250 = 400), other quotas as they were', () => {
    const rep = m.quotas.filter((q) => q.level === 'rep').map((q) => [q.name, q.amount]);
    expect(rep).toEqual([
      ['East (team)', 400],
      ['West (team)', 90],
    ]);
    expect(m.quotas.filter((q) => q.level !== 'rep')).toEqual(model.quotas.filter((q) => q.level !== 'rep'));
  });
});

describe('scopeModel', () => {
  it("a team: its deals, reps and quotas only; no company or other team's quota; the report counts the team", () => {
    const scoped = scopeModel(model, report([issue({ message: 'Chen Wu has no start date.' }), issue({ message: 'Ana Lopez has no start date.' })]), { kind: 'team', name: 'east' });
    expect(scoped.scope).toEqual({ kind: 'team', name: 'East' });
    expect(scoped.model.deals.map((d) => d.amount)).toEqual([100, 200]);
    expect(scoped.model.reps.map((r) => r.name)).toEqual(['Ana Lopez', 'Ben Okoro']);
    expect(scoped.model.quotas.map((q) => [q.level, q.name, q.amount])).toEqual([
      ['rep', 'Ana Lopez', 150],
      ['rep', 'Ben Okoro', 250],
      ['team', 'East', 400],
    ]);
    // 2 won deals, 100 + 200.
    expect(scoped.report.deals).toMatchObject({ total: 2, open: 0, won: 2, lost: 0, wonAmount: 300 });
    expect(scoped.report.files[0]!.tables[0]!.issues.map((i) => i.message)).toEqual(['Ana Lopez has no start date.']);
    expect(scoped.model.snapshots[0]!.dealCount).toBe(2);
  });

  it("a region: its teams' and its own quotas, not the company's; a manager outside a team scope is not named", () => {
    const region = scopeModel(model, report([]), { kind: 'region', name: 'NA' });
    expect(region.model.quotas.map((q) => q.level)).toEqual(['rep', 'rep', 'rep', 'team', 'team', 'region']);
    const west = scopeModel(model, report([]), { kind: 'team', name: 'West' });
    expect(west.model.reps.map((r) => [r.name, r.manager])).toEqual([['Chen Wu', null]]);
  });

  it('an unknown name is an error that lists the names', () => {
    expect(() => scopeModel(model, report([]), { kind: 'team', name: 'North' })).toThrow(ScopeError);
    expect(() => scopeModel(model, report([]), { kind: 'team', name: 'North' })).toThrow('the teams are "East", "West"');
  });
});
