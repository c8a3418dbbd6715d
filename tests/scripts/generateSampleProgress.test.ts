/**
 * The sample's deals behave like a real pipeline: they move stage by stage and can be lost at
 * any stage, their close dates slip, reps over- and under-call their forecast categories, and
 * the managers' weekly calls sit on their reps' roll-ups. Checked on the generator's truth and
 * on the written files.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSample, type Sample } from '../../scripts/sample/buildSample.ts';
import { dayFromIso, weekday } from '../../scripts/sample/dates.ts';
import { dealAt } from '../../scripts/sample/dealAt.ts';
import { fiscalQuarter } from '../../scripts/sample/fiscalQuarter.ts';
import { quarterTruth } from '../../scripts/sample/quarterTruth.ts';
import { repHabits } from '../../scripts/sample/repHabits.ts';
import type { DealTruth } from '../../scripts/sample/truth.ts';
import { LAST_OPEN_STAGE, LOST_STAGE, WON_STAGE } from '../../scripts/sample/vocabulary.ts';

let sample: Sample;
let closed: DealTruth[];

beforeAll(() => {
  sample = buildSample();
  closed = sample.truth.deals.filter((d) => d.closed !== null && d.closed <= sample.truth.asOf);
});

/** Highest open stage a deal reached. */
function topStage(deal: DealTruth): number {
  return Math.max(...deal.stages.filter((s) => s.stage <= LAST_OPEN_STAGE).map((s) => s.stage));
}

function pushes(deal: DealTruth): { pushed: boolean; acrossQuarter: boolean } {
  let pushed = false;
  let acrossQuarter = false;
  for (let i = 1; i < deal.closeDates.length; i++) {
    const before = deal.closeDates[i - 1]?.value ?? 0;
    const after = deal.closeDates[i]?.value ?? 0;
    if (after > before) {
      pushed = true;
      if (fiscalQuarter(after).index > fiscalQuarter(before).index) acrossQuarter = true;
    }
  }
  return { pushed, acrossQuarter };
}

describe('generateSample: deals progress stage by stage', () => {
  it('loses deals at every open stage, Negotiation/Review included', () => {
    const lost = closed.filter((d) => d.outcome === 'lost');
    const lostAt = new Set(lost.map((d) => d.stages.filter((s) => s.stage !== LOST_STAGE).at(-1)?.stage));
    for (let s = 0; s <= LAST_OPEN_STAGE; s++) expect(lostAt.has(s), `a deal lost at stage ${s}`).toBe(true);
    // Of the deals that reached the last open stage, a real share is still lost (Salesforce's
    // default of 90% for Negotiation/Review is not what pipelines do).
    const reached = closed.filter((d) => topStage(d) === LAST_OPEN_STAGE);
    const wonShare = reached.filter((d) => d.outcome === 'won').length / reached.length;
    expect(reached.length).toBeGreaterThan(300);
    expect(wonShare).toBeGreaterThan(0.55);
    expect(wonShare).toBeLessThan(0.85);
  });

  it('wins more often the further a deal got, and wins only from the last open stage', () => {
    const winShare = (stage: number) => {
      const reached = closed.filter((d) => topStage(d) >= stage);
      return reached.filter((d) => d.outcome === 'won').length / reached.length;
    };
    for (let s = 1; s <= LAST_OPEN_STAGE; s++) expect(winShare(s)).toBeGreaterThan(winShare(s - 1));
    for (const d of closed.filter((x) => x.outcome === 'won')) {
      expect(d.stages.at(-1)?.stage).toBe(WON_STAGE);
      expect(d.stages.at(-2)?.stage).toBe(LAST_OPEN_STAGE);
    }
  });

  it('slips close dates: most deals are pushed at least once, a real share into a later quarter', () => {
    const slips = closed.map(pushes);
    const pushed = slips.filter((p) => p.pushed).length / slips.length;
    const across = slips.filter((p) => p.acrossQuarter).length / slips.length;
    expect(pushed).toBeGreaterThan(0.4);
    expect(pushed).toBeLessThan(0.8);
    expect(across).toBeGreaterThan(0.15);
    expect(across).toBeLessThan(pushed);
    const won = closed.filter((d) => d.outcome === 'won').map(pushes);
    expect(won.filter((p) => p.pushed).length / won.length).toBeGreaterThan(0.3);
  });
});

describe('generateSample: forecast categories as reps call them', () => {
  /** Over the completed quarters, every other Wednesday: open deals closing in that quarter, per rep and category. */
  const calls = () => {
    const { truth } = sample;
    const byRep = new Map<string, Record<string, { n: number; won: number }>>();
    for (let day = truth.historyStart + 7; day < fiscalQuarter(truth.asOf).start; day += 14) {
      const q = fiscalQuarter(day);
      for (const deal of truth.deals) {
        const view = dealAt(deal, day);
        if (!view || view.status !== 'open' || view.closeDate < q.start || view.closeDate > q.end) continue;
        const rec = byRep.get(view.owner) ?? {};
        const c = (rec[view.category] ??= { n: 0, won: 0 });
        c.n++;
        if (deal.outcome === 'won' && deal.closed !== null && deal.closed <= q.end) c.won++;
        byRep.set(view.owner, rec);
      }
    }
    return byRep;
  };

  it('Commit wins more often than Best Case, and Best Case more than Pipeline, but Commit is no sure thing', () => {
    const total: Record<string, { n: number; won: number }> = {};
    for (const rec of calls().values()) {
      for (const [k, v] of Object.entries(rec)) {
        const t = (total[k] ??= { n: 0, won: 0 });
        t.n += v.n;
        t.won += v.won;
      }
    }
    const rate = (k: string) => (total[k]?.won ?? 0) / (total[k]?.n ?? 1);
    expect(rate('Commit')).toBeGreaterThan(rate('Best Case') + 0.1);
    expect(rate('Best Case')).toBeGreaterThan(rate('Pipeline') + 0.1);
    expect(rate('Commit')).toBeLessThan(0.85);
  });

  it('has reps who over-call (Commit that does not close) and reps who under-call (Best Case that does)', () => {
    const byRep = calls();
    const pooled = (names: string[], k: string) => {
      let n = 0;
      let won = 0;
      for (const name of names) {
        n += byRep.get(name)?.[k]?.n ?? 0;
        won += byRep.get(name)?.[k]?.won ?? 0;
      }
      return won / n;
    };
    const reps = sample.truth.company.reps.map((r) => r.name);
    const over = reps.filter((r) => repHabits({ name: r }).callBias >= 0.3);
    const under = reps.filter((r) => repHabits({ name: r }).callBias <= -0.3);
    expect(over).toContain('Jordan Patel');
    expect(under).toContain('Amara Nwosu');
    expect(pooled(over, 'Commit')).toBeLessThan(pooled(under, 'Commit') - 0.05);
    expect(pooled(over, 'Best Case')).toBeLessThan(pooled(under, 'Best Case') - 0.05);
  });
});

describe('generateSample: the managers\u2019 forecast calls', () => {
  type Row = Record<string, string>;
  const rows = (): Row[] => {
    const file = sample.files.find((f) => f.path === 'sample/calls/forecast-calls.csv');
    if (!file) throw new Error('no forecast calls file');
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file.bytes);
    expect(text.startsWith('\uFEFFDate,Scope,Name,Call,Commit,Best Case,Period,Submitted By\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false);
    return Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
  };

  it('has a call every Monday of FY2027 Q2 and of FY2027 Q3 up to the as-of date, per team, region and the company', () => {
    const all = rows();
    const dates = [...new Set(all.map((r) => r.Date ?? ''))];
    expect(dates[0]).toBe('2026-05-04');
    expect(dates.at(-1)).toBe('2026-09-14');
    expect(dates).toHaveLength(20); // 13 Mondays of Q2 (May 4 .. Jul 27) and 7 of Q3 (Aug 3 .. Sep 14)
    for (const d of dates) expect(weekday(dayFromIso(d))).toBe(1);
    expect(all).toHaveLength(20 * (6 + 3 + 1));
    expect(new Set(all.map((r) => r.Period))).toEqual(new Set(['FY2027 Q2', 'FY2027 Q3']));
    for (const r of all) expect(r.Period).toBe(fiscalQuarter(dayFromIso(r.Date ?? '')).label);
    const company = all.filter((r) => r.Scope === 'company');
    expect(company.every((r) => r.Name === '' && r['Submitted By'] === 'Margaret Okafor')).toBe(true);
    const teams = all.filter((r) => r.Scope === 'team');
    const managers = new Map(sample.truth.company.teams.map((t) => [t.name, t.manager]));
    for (const r of teams) expect(r['Submitted By']).toBe(managers.get(r.Name ?? ''));
  });

  it('rolls team Commit and Best Case up to regions and the company, with Commit at most Best Case', () => {
    const all = rows();
    for (const r of all) expect(Number(r.Commit)).toBeLessThanOrEqual(Number(r['Best Case']));
    for (const date of new Set(all.map((r) => r.Date))) {
      const teams = all.filter((r) => r.Date === date && r.Scope === 'team');
      const company = all.find((r) => r.Date === date && r.Scope === 'company');
      expect(Number(company?.Commit)).toBeCloseTo(teams.reduce((n, r) => n + Number(r.Commit), 0), 6);
      expect(Number(company?.['Best Case'])).toBeCloseTo(teams.reduce((n, r) => n + Number(r['Best Case']), 0), 6);
    }
  });

  it('has managers who haircut their reps\u2019 Commit and managers who call above it, and the last Q2 call near what closed', () => {
    const all = rows();
    const lateQ2 = all.filter((r) => r.Period === 'FY2027 Q2' && (r.Date ?? '') >= '2026-07-13');
    const ratio = (manager: string) => {
      const mine = lateQ2.filter((r) => r['Submitted By'] === manager);
      return mine.reduce((n, r) => n + Number(r.Call), 0) / mine.reduce((n, r) => n + Number(r.Commit), 0);
    };
    expect(ratio('Priya Raman')).toBeLessThan(1);
    expect(ratio('Claire Dubois')).toBeGreaterThan(1);
    const last = all.filter((r) => r.Scope === 'company' && r.Period === 'FY2027 Q2').at(-1);
    const q2 = quarterTruth(sample.truth, fiscalQuarter(dayFromIso('2026-06-01'))).company;
    expect(Math.abs(Number(last?.Call) / q2 - 1)).toBeLessThan(0.15);
  });
});
