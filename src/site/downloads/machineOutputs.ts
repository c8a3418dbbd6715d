/**
 * The machine-readable outputs the build writes under `data/` in the output folder, for other
 * tools: `deals.csv`, `rep-periods.csv`, `forecast.json`, `retrospectives.json` (documented in
 * the README, "Machine-readable outputs").
 */
import type { Deal } from '../../model/types.ts';
import { toCsv, type CsvColumn } from '../tables/csv.ts';
import type { SiteData } from '../load/siteData.ts';
import type { CellValue } from '../tables/tableTypes.ts';

const DEAL_COLUMNS = [
  'id', 'name', 'account', 'owner', 'team', 'region', 'stage', 'status', 'amount', 'currency',
  'amount_original', 'currency_original', 'created_date', 'close_date', 'forecast_category',
  'probability', 'win_probability', 'win_probability_source', 'weighted_amount', 'type', 'lead_source',
  'next_step', 'last_activity_date', 'loss_reason', 'first_seen', 'last_seen', 'push_count',
  'pushed_out_of_period_count', 'days_in_stage', 'days_since_activity', 'disappeared', 'flags',
  'flag_reasons', 'amount_at_risk', 'source_file', 'source_row',
] as const;

/** Every deal as of the as-of date, with its status, forecast weight, risk flags and reasons. */
export function dealsCsv(siteData: SiteData): string {
  const { model, dashboard } = siteData;
  const risk = new Map(dashboard.risk.deals.map((d) => [d.id, d]));
  const weights = new Map(dashboard.forecast.deals.map((d) => [d.id, d]));
  const rows = model.deals.map((deal: Deal): Record<string, CellValue> => {
    const flagged = risk.get(deal.id);
    const weight = weights.get(deal.id);
    const h = deal.history;
    return {
      id: deal.id,
      name: deal.name,
      account: deal.account,
      owner: deal.owner,
      team: deal.team,
      region: deal.region,
      stage: deal.stage,
      status: deal.status,
      amount: deal.amount,
      currency: model.currency,
      amount_original: deal.amountOriginal,
      currency_original: deal.currency,
      created_date: deal.createdDate,
      close_date: deal.closeDate,
      forecast_category: deal.forecastCategory,
      probability: deal.probability,
      win_probability: weight?.probability ?? null,
      win_probability_source: weight?.probabilitySource ?? null,
      weighted_amount: weight?.weighted ?? null,
      type: deal.type,
      lead_source: deal.leadSource,
      next_step: deal.nextStep,
      last_activity_date: deal.lastActivityDate,
      loss_reason: deal.lossReason,
      first_seen: h.firstSeen,
      last_seen: h.lastSeen,
      push_count: h.pushCount,
      pushed_out_of_period_count: h.pushedOutOfPeriodCount,
      days_in_stage: h.daysInStage,
      days_since_activity: h.daysSinceActivity,
      disappeared: h.disappeared ? 'yes' : 'no',
      flags: flagged ? flagged.flags.map((f) => f.code).join(';') : '',
      flag_reasons: flagged ? flagged.flags.map((f) => `${f.reason} (${f.evidence})`).join(' | ') : '',
      amount_at_risk: flagged?.amountAtRisk ?? null,
      source_file: deal.source.sheet === null ? deal.source.file : `${deal.source.file} › ${deal.source.sheet}`,
      source_row: deal.source.row,
    };
  });
  return toCsv(columns(DEAL_COLUMNS), rows);
}

const REP_PERIOD_COLUMNS = [
  'rep', 'team', 'region', 'period', 'quota', 'bookings', 'attainment', 'won_count', 'lost_count',
  'win_rate_count', 'win_rate_value', 'avg_won_size', 'median_cycle_days', 'pipeline_created',
  'coverage_entering', 'tenure_quarter',
] as const;

/** One row per rep and fiscal quarter. */
export function repPeriodsCsv(siteData: SiteData): string {
  return toCsv(columns(REP_PERIOD_COLUMNS), siteData.dashboard.repPeriods as unknown as Record<string, CellValue>[]);
}

/** The current and next period forecast per rep, team, region and company, with the method behind each number. */
export function forecastJson(siteData: SiteData): string {
  return `${JSON.stringify(siteData.dashboard.forecast, null, 2)}\n`;
}

/** Every closed quarter's retrospective. */
export function retrospectivesJson(siteData: SiteData): string {
  return `${JSON.stringify(siteData.dashboard.retrospectives, null, 2)}\n`;
}

function columns(keys: readonly string[]): CsvColumn[] {
  return keys.map((key) => ({ key, label: key }));
}
