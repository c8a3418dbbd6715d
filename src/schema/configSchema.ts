/**
 * The config file `quarterdeck.config.json` inside the data folder. Every key is optional.
 * The JSON Schema shipped for editors is generated from this (scripts/writeConfigSchema.ts).
 */
import { z } from 'zod';
import { CompensationConfigSchema } from './CompensationConfigSchema.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date written YYYY-MM-DD, for example "2026-10-14"' });

const currencyCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, { error: 'expected a three-letter currency code such as "USD" or "EUR"' })
  .transform((s) => s.toUpperCase());

export const StageConfigSchema = z.strictObject({
  /** Stage name as in the CRM. Matching ignores case, spaces and punctuation. */
  name: z.string().min(1).describe('Stage name as in the CRM. Matching ignores case, spaces and punctuation.'),
  /** Other spellings of the same stage. */
  aliases: z.array(z.string()).default([]).describe('Other spellings of the same stage.'),
  status: z.enum(['open', 'won', 'lost']),
  /** Default probability of winning, 0..1 or 0..100. Used when no history or CRM probability applies. */
  probability: z.number().min(0).max(100).optional().describe('Default probability of winning, 0..1 or 0..100. Used when no history or CRM probability applies.'),
  /** Forecast category to assume when the export has none. */
  forecastCategory: z.enum(['commit', 'bestCase', 'pipeline', 'omitted', 'closed']).optional().describe('Forecast category to assume when the export has none.'),
});

export const FileConfigSchema = z.strictObject({
  /** Pin the kind of table; 'ignore' skips the file. */
  kind: z.enum(['deals', 'history', 'quotas', 'roster', 'calls', 'ignore']).optional().describe('Pin the kind of table; \'ignore\' skips the file.'),
  /** Only for workbooks: which sheet(s) this entry applies to (default all). */
  sheet: z.string().optional().describe('Only for workbooks: which sheet(s) this entry applies to (default all).'),
  /** Snapshot date of a deals file, when neither a column nor the file name says it. */
  snapshotDate: isoDate.optional().describe('Snapshot date of a deals file, when neither a column nor the file name says it.'),
  /** Header row number (1-based) when automatic detection picks the wrong row. */
  headerRow: z.number().int().min(1).optional().describe('Header row number (1-based) when automatic detection picks the wrong row.'),
  /** Column mapping for this file only: canonical field -> header in the file. */
  columns: z.record(z.string(), z.string()).optional().describe('Column mapping for this file only: canonical field -> header in the file.'),
});

export const ThresholdsSchema = z.strictObject({
  /** Days without activity or change after which an open deal is stale. */
  staleDays: z.number().int().min(1).default(30).describe('Days without activity or change after which an open deal is stale.'),
  /** Close-date pushes that flag a deal. */
  pushCount: z.number().int().min(1).default(2).describe('Close-date pushes that flag a deal.'),
  /** Amount cut (share of the highest amount seen) that flags a deal, 0..1. */
  amountCut: z.number().min(0).max(1).default(0.25).describe('Amount cut (share of the highest amount seen) that flags a deal, 0..1.'),
  /** A deal larger than this share of its rep's remaining quota is a concentration risk, 0..1. */
  concentration: z.number().min(0).max(1).default(0.5).describe('A deal larger than this share of its rep\'s remaining quota is a concentration risk, 0..1.'),
  /** Percentile of won deals' time in a stage above which a deal is stuck, 0..1. */
  stuckPercentile: z.number().min(0).max(1).default(0.75).describe('Percentile of won deals\' time in a stage above which a deal is stuck, 0..1.'),
  /** Below this historical chance of closing in the days left, a deal closing this period is flagged, 0..1. */
  unlikelyToClose: z.number().min(0).max(1).default(0.2).describe('Below this historical chance of closing in the days left, a deal closing this period is flagged, 0..1.'),
  /** Commit deals at a CRM probability below this are flagged, 0..1. */
  commitMinProbability: z.number().min(0).max(1).default(0.5).describe('Commit deals at a CRM probability below this are flagged, 0..1.'),
});

export const ForecastConfigSchema = z.strictObject({
  /** Monte Carlo trials. */
  trials: z.number().int().min(1000).max(1_000_000).default(10_000).describe('Monte Carlo trials.'),
  /** Seed of the simulation: the same inputs and seed give the same numbers. */
  seed: z.number().int().default(20261).describe('Seed of the simulation: the same inputs and seed give the same numbers.'),
  /** Past trials a stage's days-in-stage (or days-left) bucket needs before its own rate is used instead of the whole stage's. */
  minHistory: z.number().int().min(1).default(20).describe('Past trials a stage\'s days-in-stage (or days-left) bucket needs before its own rate is used instead of the whole stage\'s.'),
  /** Strength of the Beta prior that pulls learned win and slip rates toward the CRM probability or stage default, in deals. */
  /** Spread of the quarter-level factor that moves all deals together (log-odds), or 'auto' to calibrate it on the replayed past quarters. */
  commonFactor: z.union([z.literal('auto'), z.number().min(0).max(5)]).default('auto').describe('Spread of the quarter-level factor that moves all deals together (log-odds), or "auto" to calibrate it on the replayed past quarters.'),
  priorStrength: z.number().min(0).max(10_000).default(10).describe('Strength of the Beta prior that pulls learned win and slip rates toward the CRM probability or stage default, in deals.'),
});

export const LimitsSchema = z.strictObject({
  /** Largest input file read, in megabytes. */
  maxFileMB: z.number().positive().default(512).describe('Largest input file read, in megabytes.'),
  /** Largest uncompressed size of a workbook, in megabytes (zip-bomb guard). */
  maxUncompressedMB: z.number().positive().default(1024).describe('Largest uncompressed size of a workbook, in megabytes (zip-bomb guard).'),
});

export const ConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Shown in the site header. */
  companyName: z.string().default('Your company').describe('Shown in the site header.'),
  /** Reporting currency: every amount is converted to it. */
  currency: currencyCode.default('USD').describe('Reporting currency: every amount is converted to it.'),
  /** Units of the reporting currency for one unit of each other currency, e.g. { "EUR": 1.08 }. */
  exchangeRates: z.record(currencyCode, z.number().positive()).default({}).describe('Units of the reporting currency for one unit of each other currency, e.g. { "EUR": 1.08 }.'),
  /** Month the fiscal year starts, 1 = January. */
  fiscalYearStartMonth: z.number().int().min(1).max(12).default(1).describe('Month the fiscal year starts, 1 = January.'),
  /** Name a fiscal year by the calendar year it ends in ('end', Salesforce's default) or starts in ('start'). */
  fiscalYearNaming: z.enum(['end', 'start']).default('end').describe('Name a fiscal year by the calendar year it ends in (\'end\', Salesforce\'s default) or starts in (\'start\').'),
  /** The date the dashboard describes. Default: the latest snapshot date, else the latest date in the data. */
  asOf: isoDate.optional().describe('The date the dashboard describes. Default: the latest snapshot date, else the latest date in the data.'),
  /** Order of day and month in dates like 03/04/2026. 'auto' decides per column when the values are unambiguous. */
  dateOrder: z.enum(['auto', 'MDY', 'DMY']).default('auto').describe('Order of day and month in dates like 03/04/2026. \'auto\' decides per column when the values are unambiguous.'),
  /** Decimal separator of amounts: '.' (12,500.50) or ',' (12.500,50). 'auto' decides per column from the values that show it. */
  decimalSeparator: z.enum(['auto', '.', ',']).default('auto').describe('Decimal separator of amounts: \'.\' (12,500.50) or \',\' (12.500,50). \'auto\' decides per column from the values that show it.'),
  /** Stage ladder in order. Default: Salesforce's standard stages plus common HubSpot/Pipedrive ones. */
  stages: z.array(StageConfigSchema).optional().describe('Stage ladder in order. Default: Salesforce\'s standard stages plus common HubSpot/Pipedrive ones.'),
  /** Extra or overriding column mappings for all files: canonical field -> header in the file. */
  columns: z.record(z.string(), z.string()).default({}).describe('Extra or overriding column mappings for all files: canonical field -> header in the file.'),
  /** Per-file settings, keyed by path relative to the data folder (`*` wildcards allowed). */
  files: z.record(z.string(), FileConfigSchema).default({}).describe('Per-file settings, keyed by path relative to the data folder (`*` wildcards allowed).'),
  thresholds: ThresholdsSchema.default(ThresholdsSchema.parse({})),
  forecast: ForecastConfigSchema.default(ForecastConfigSchema.parse({})),
  limits: LimitsSchema.default(LimitsSchema.parse({})),
  /** Commission and override plans: estimated earnings per person and period (not a payroll statement). */
  compensation: CompensationConfigSchema.default(CompensationConfigSchema.parse({})).describe('Commission and override plans: estimated earnings per person and period (not a payroll statement).'),
  /** True for the shipped sample data: the site shows a banner. */
  sample: z.boolean().default(false).describe('True for the shipped sample data: the site shows a banner.'),
  /** Where the site is hosted: full origin (https://example.com) and sub-path (/sales/q3/). Environment QUARTERDECK_SITE / QUARTERDECK_BASE win. */
  site: z.string().optional().describe('Where the site is hosted: full origin (https://example.com) and sub-path (/sales/q3/). Environment QUARTERDECK_SITE / QUARTERDECK_BASE win.'),
  base: z.string().optional(),
});

export type Config = z.output<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
export type StageConfig = z.output<typeof StageConfigSchema>;
export type Thresholds = z.output<typeof ThresholdsSchema>;
export type FileConfig = z.output<typeof FileConfigSchema>;
