/**
 * The settings behind the numbers, for the methods page: the fiscal calendar in use (start month,
 * naming, this fiscal year's quarters with their dates) and the thresholds and forecast settings
 * of the config in effect, each with its description from the config schema.
 */
import { fiscalCalendar } from '../../model/fiscalCalendar.ts';
import { ForecastConfigSchema, ThresholdsSchema } from '../../schema/configSchema.ts';
import type { SiteData } from '../load/siteData.ts';
import { formatNumber, formatPercent } from '../format/tablesFormat.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface Setting {
  key: string;
  value: string;
  description: string;
}

export interface MethodsSettings {
  calendar: {
    startMonth: string;
    naming: string;
    current: { label: string; start: string; end: string };
    next: { label: string; start: string; end: string };
    /** The quarters of the fiscal year holding the as-of date. */
    year: { label: string; quarters: { label: string; start: string; end: string; current: boolean }[] };
  };
  thresholds: Setting[];
  forecast: Setting[];
  trends: Setting[];
  severityWeights: Setting[];
  /** The open stages in ladder order. */
  openLadder: string[];
}

/** Thresholds given as a share (0..1) in the config, shown as a percent. */
const SHARES = new Set(['amountCut', 'concentration', 'stuckPercentile', 'unlikelyToClose', 'commitMinProbability']);

export function methodsSettings(siteData: SiteData): MethodsSettings {
  const { model, dashboard, report } = siteData;
  const cal = fiscalCalendar({ startMonth: model.fiscalYearStartMonth, naming: model.fiscalYearNaming });
  const current = dashboard.periods.current;
  const year = cal.period('year', current.fiscalYear, 1);
  const quarters = [1, 2, 3, 4].map((i) => cal.period('quarter', current.fiscalYear, i));
  const startMonth = MONTHS[model.fiscalYearStartMonth - 1] ?? String(model.fiscalYearStartMonth);
  const thresholds = report.config.thresholds;
  const describe = (schema: { shape: Record<string, { description?: string | undefined }> }, key: string) =>
    (schema.shape[key]?.description ?? '').replace(/,\s*0\.\.1\.?$/, '.');
  return {
    calendar: {
      startMonth,
      naming:
        model.fiscalYearStartMonth === 1
          ? 'Fiscal years are calendar years.'
          : model.fiscalYearNaming === 'end'
            ? `A fiscal year is named by the calendar year it ends in: ${year.label} runs from ${year.start} to ${year.end}.`
            : `A fiscal year is named by the calendar year it starts in: ${year.label} runs from ${year.start} to ${year.end}.`,
      current: { label: current.label, start: current.start, end: current.end },
      next: { label: dashboard.periods.next.label, start: dashboard.periods.next.start, end: dashboard.periods.next.end },
      year: { label: year.label, quarters: quarters.map((q) => ({ label: q.label, start: q.start, end: q.end, current: q.key === current.key })) },
    },
    thresholds: (Object.keys(ThresholdsSchema.shape) as (keyof typeof thresholds)[]).map((key) => ({
      key,
      value: SHARES.has(key) ? (formatPercent(thresholds[key], { digits: 0 }) ?? String(thresholds[key])) : (formatNumber(thresholds[key], { digits: 0 }) ?? String(thresholds[key])),
      description: describe(ThresholdsSchema, key),
    })),
    forecast: [
      ...(['trials', 'seed', 'minHistory', 'priorStrength'] as const).map((key) => ({
        key,
        value: key === 'seed' ? String(dashboard.forecast.settings[key]) : (formatNumber(dashboard.forecast.settings[key], { digits: 0 }) ?? ''),
        description: describe(ForecastConfigSchema, key),
      })),
      {
        key: 'commonFactor',
        value: (dashboard.forecast.commonFactor ?? []).length === 0 ? String(dashboard.forecast.settings.commonFactor) : `${String(dashboard.forecast.settings.commonFactor)} (σ ${(dashboard.forecast.commonFactor[0]!.sigma).toFixed(2)}, ${dashboard.forecast.commonFactor[0]!.source})`,
        description: describe(ForecastConfigSchema, 'commonFactor'),
      },
    ],
    trends: [
      { key: 'steady band', value: `±${dashboard.repTrends.steadyThreshold} pts per quarter`, description: 'A rep whose attainment slope is within this band is steady; above it improving, below it declining.' },
      { key: 'quarters for a trend', value: `${dashboard.repTrends.minTrendPoints} of 4`, description: 'Completed quarters with a quota needed before a trend is given.' },
    ],
    severityWeights: (['high', 'medium', 'low'] as const).map((s) => ({
      key: s,
      value: formatPercent(dashboard.risk.severityWeights[s], { digits: 0 }) ?? '',
      description: `Share of a deal's amount counted as at risk when its most severe flag is ${s}.`,
    })),
    openLadder: dashboard.risk.method.openLadder,
  };
}
