/**
 * The forecast's track record: for the company, the weighted forecast and the commit made on the
 * same day of each of the last four closed quarters against what those quarters booked, with the
 * mean error (bias) and mean absolute percentage error below; and the same two measures for each
 * region, team and rep.
 */
import { forecastAccuracy } from '../../metrics/forecastAccuracy.ts';
import type { TrackRecord } from '../../metrics/forecastTypes.ts';
import { quarterView } from '../load/quarterView.ts';
import type { SiteData } from '../load/siteData.ts';
import type { TableDef, TableRow } from '../tables/tableTypes.ts';

const LEVEL = { company: 'Company', region: 'Region', team: 'Team', rep: 'Rep' } as const;

export function forecastAccuracyTables(siteData: SiteData): TableDef[] {
  // Site data without a computed dashboard (unit fixtures of other tables) has none of these tables.
  if (siteData.dashboard?.forecast === undefined) return [];
  const { dashboard } = siteData;
  const view = quarterView(siteData, 'current');
  const day = view.forecast.day;
  const track = view.company.trackRecord ?? { quarters: [], meanSignedError: null, meanAbsolutePercentageError: null };
  const labels = new Map(dashboard.periods.quarters.map((q) => [q.key, q.label]));

  const company: TableDef = {
    id: 'forecast-track-record',
    title: 'Track record',
    caption: `The company's weighted forecast and commit as they stood on day ${day} of each of the last four closed quarters (the latest forecast point on or before that day), against what each quarter booked. Error = forecast − actual: above 0 the forecast ran high. Amounts in ${dashboard.currency}.`,
    columns: [
      { key: 'quarter', label: 'Quarter', kind: 'text' },
      { key: 'date', label: 'Forecast as of', kind: 'date' },
      { key: 'expected', label: 'Weighted forecast then', kind: 'money', additive: false },
      { key: 'commit', label: 'Commit then', kind: 'money', additive: false },
      { key: 'actual', label: 'Actual bookings', kind: 'money', additive: false },
      { key: 'error', label: 'Error (forecast − actual)', kind: 'money', additive: false },
      { key: 'ape', label: 'Absolute % error', kind: 'percent', additive: false },
      { key: 'commitApe', label: 'Commit absolute % error', kind: 'percent', additive: false },
    ],
    rows: track.quarters.map((q) => ({
      quarter: labels.get(q.period) ?? q.period,
      date: q.date,
      expected: q.expected,
      commit: q.commit,
      actual: q.actual,
      error: q.error,
      ape: q.absolutePercentageError,
      commitApe: forecastAccuracy(q.commit, q.actual).absolutePercentageError,
    })),
    totals: track.quarters.length === 0 ? null : { quarter: 'Mean', error: track.meanSignedError, ape: track.meanAbsolutePercentageError, commitApe: mean(track.quarters.map((q) => forecastAccuracy(q.commit, q.actual).absolutePercentageError)) },
    currency: dashboard.currency,
    rowNoun: { one: 'quarter', other: 'quarters' },
  };

  const rows: TableRow[] = dashboard.scopes.flatMap((s): TableRow[] => {
    if (s.level === 'company') return [];
    const t: TrackRecord | null = view.forecastOf(s.key)?.trackRecord ?? null;
    // Nothing forecast and nothing booked in any quarter (a rep who left, say): nothing to compare.
    if (t === null || t.quarters.every((q) => q.actual === 0 && q.expected === 0)) return [];
    return [
      {
        level: LEVEL[s.level],
        name: s.name,
        quarters: t.quarters.length,
        mape: t.meanAbsolutePercentageError,
        bias: t.meanSignedError,
        direction: t.meanSignedError === null ? null : t.meanSignedError > 0 ? 'Ran high' : t.meanSignedError < 0 ? 'Ran low' : 'On target',
      },
    ];
  });
  const scopes: TableDef = {
    id: 'forecast-accuracy-groups',
    title: 'Track record by region, team and rep',
    caption: `The same comparison for each region, team and rep over the quarters they had: the mean absolute percentage error of the weighted forecast and its mean error (bias; above 0 it ran high). Those with nothing forecast and nothing booked in those quarters are left out. Amounts in ${dashboard.currency}.`,
    columns: [
      { key: 'level', label: 'Level', kind: 'text' },
      { key: 'name', label: 'Name', kind: 'text' },
      { key: 'quarters', label: 'Quarters compared', kind: 'number', additive: false, digits: 0 },
      { key: 'mape', label: 'Mean absolute % error', kind: 'percent', additive: false },
      { key: 'bias', label: 'Mean error (bias)', kind: 'money', additive: false },
      { key: 'direction', label: 'Direction', kind: 'text' },
    ],
    rows,
    filters: ['level', 'direction'],
    currency: dashboard.currency,
    rowHeader: 'name',
    rowNoun: { one: 'group or rep', other: 'groups and reps' },
  };
  return [company, scopes];
}

/** Mean of the known values; null when none is known. */
function mean(values: Array<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}
