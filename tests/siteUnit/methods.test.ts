import { describe, expect, it } from 'vitest';
import { methodsSections } from '../../src/site/methods/methodsSections.ts';
import { methodsSettings } from '../../src/site/methods/methodsSettings.ts';
import { peopleSite } from './peopleSiteFixture.ts';

describe('methodsSections', () => {
  const files = [
    { path: '../../metrics/docs/zeta.md', html: '<h1 id="zeta-things">Zeta &amp; more</h1>\n<p>Last.</p>' },
    { path: '../../metrics/docs/forecast.md', html: '<h1 id="period-end-forecast">Period-end forecast</h1>\n<h2 id="runs">Runs</h2>\n<p>Text.</p>' },
    {
      path: '../../metrics/docs/pipelineRisk.md',
      html: '<h1 id="risk">Risk</h1>\n<table>\n<thead>\n<tr>\n<th>Flag</th>\n<th align="left">When</th>\n</tr>\n</thead><tbody><tr><td>stale</td><td>old</td></tr></tbody></table>',
    },
  ];
  const sections = methodsSections(files);

  it('one section per file, id = file name, in reading order (unknown files last)', () => {
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['forecast', 'Period-end forecast'],
      ['pipelineRisk', 'Risk'],
      ['zeta', 'Zeta & more'],
    ]);
  });

  it('drops the top heading, moves the others down a level and prefixes their ids', () => {
    expect(sections[0]!.html).toBe('<h3 id="forecast--runs">Runs</h3>\n<p>Text.</p>');
  });

  it('tables scroll inside a wrapper and their column headers get a scope', () => {
    expect(sections[1]!.html).toBe(
      '<div class="table-wrap" tabindex="0" role="group" aria-label="Table: Risk"><table>\n<thead>\n<tr>\n<th scope="col">Flag</th>\n<th scope="col" align="left">When</th>\n</tr>\n</thead><tbody><tr><td>stale</td><td>old</td></tr></tbody></table></div>',
    );
  });
});

describe('methodsSettings', () => {
  const settings = methodsSettings(peopleSite);

  it('the fiscal calendar in use: February start, FY2027 named by its end year, Q2 current', () => {
    expect(settings.calendar.startMonth).toBe('February');
    expect(settings.calendar.naming).toBe('A fiscal year is named by the calendar year it ends in: FY2027 runs from 2026-02-01 to 2027-01-31.');
    expect(settings.calendar.current).toEqual({ label: 'FY2027 Q2', start: '2026-05-01', end: '2026-07-31' });
    expect(settings.calendar.year.quarters.map((q) => [q.label, q.start, q.end, q.current])).toEqual([
      ['FY2027 Q1', '2026-02-01', '2026-04-30', false],
      ['FY2027 Q2', '2026-05-01', '2026-07-31', true],
      ['FY2027 Q3', '2026-08-01', '2026-10-31', false],
      ['FY2027 Q4', '2026-11-01', '2027-01-31', false],
    ]);
  });

  it('the thresholds in effect, shares as percents, with the schema descriptions', () => {
    expect(settings.thresholds.map((t) => [t.key, t.value])).toEqual([
      ['staleDays', '30'],
      ['pushCount', '2'],
      ['amountCut', '25%'],
      ['concentration', '50%'],
      ['stuckPercentile', '75%'],
      ['unlikelyToClose', '20%'],
      ['commitMinProbability', '50%'],
    ]);
    expect(settings.thresholds[2]!.description).toBe('Amount cut (share of the highest amount seen) that flags a deal.');
    expect(settings.forecast.map((f) => [f.key, f.value])).toEqual([
      ['trials', '1,000'],
      ['seed', '20261'],
      ['minHistory', '20'],
      ['priorStrength', '10'],
      ['commonFactor', 'auto (σ 0.50, default)'],
    ]);
  });
});
