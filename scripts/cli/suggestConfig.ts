/**
 * `npm run check -- --suggest-config`: the config that would settle what the data stage could
 * not decide on its own, as JSON ready to paste into quarterdeck.config.json (merged with what
 * is there), each suggestion with the reason it is made:
 *   a near-miss header ("did you mean")          -> files.<file>.columns
 *   two columns told apart by their values        -> files.<file>.columns (to pin the choice)
 *   stage names not in the ladder                 -> stages (status to check: open is assumed)
 *   currencies without an exchange rate           -> exchangeRates (the rate to fill in)
 *   the reporting currency found in the data      -> currency
 *   ambiguous day/month order, mixed decimals     -> dateOrder, decimalSeparator
 */
import type { DataReport } from '../../src/dataStage.ts';
import type { Issue } from '../../src/schema/types.ts';
import { allIssues } from './summary.ts';

export interface ConfigSuggestion {
  /** Why, in one line. */
  reason: string;
}

export interface SuggestedConfig {
  config: Record<string, unknown>;
  reasons: string[];
}

const COLUMNS_SNIPPET = /"columns": \{ "([^"]+)": "([^"]*)" \}/;

export function suggestConfig(report: DataReport): SuggestedConfig {
  const reasons: string[] = [];
  const files: Record<string, { columns: Record<string, string> }> = {};
  const pin = (file: string, field: string, header: string, why: string): void => {
    const entry = (files[file] ??= { columns: {} });
    if (Object.hasOwn(entry.columns, field)) return;
    entry.columns[field] = header;
    reasons.push(`${file}: "${field}" ← "${header}" (${why})`);
  };
  const issues = allIssues(report);
  const byCode = (code: string): Issue[] => issues.filter((i) => i.code === code);

  for (const issue of byCode('did-you-mean')) {
    const m = COLUMNS_SNIPPET.exec(issue.message);
    if (m) pin(issue.file, m[1]!, m[2]!, 'a near-miss header: check it is the column you mean');
  }
  for (const file of report.files) {
    for (const table of file.tables) {
      for (const [field, how] of Object.entries(table.mappingHow ?? {})) {
        if (how.by === 'value profile') pin(file.file, field, table.mapping[field] ?? '', `chosen by its values: ${how.detail}`);
      }
    }
  }

  const config: Record<string, unknown> = {};
  if (report.currencySource === 'data') {
    config.currency = report.deals.currency;
    reasons.push(`currency: every amount is in ${report.deals.currency}`);
  }
  const rates: Record<string, string> = {};
  for (const left of report.leftOut ?? []) {
    rates[left.currency] = `<${report.deals.currency} per ${left.currency}>`;
    reasons.push(`exchangeRates.${left.currency}: ${left.deals} deal(s) and ${left.quotas} quota row(s) are left out without it; replace the placeholder with the rate`);
  }
  if (Object.keys(rates).length > 0) config.exchangeRates = rates;

  const stages = [...new Set(byCode('unknown-stage').map((i) => i.value).filter((v): v is string => v !== null))].sort();
  if (stages.length > 0) {
    config.stages = stages.map((name) => ({ name, status: 'open' }));
    reasons.push(`stages: ${stages.length} stage name(s) not in the ladder; set each one's status (open, won or lost). Listing "stages" replaces the default ladder, so add the stages you use.`);
  }
  if (byCode('ambiguous-date-order').length > 0) {
    config.dateOrder = 'MDY';
    reasons.push('dateOrder: dates like 03/04/2026 could be either order and were read month-first; write "DMY" if they are day-first');
  }
  if (byCode('mixed-decimal-separator').length > 0) {
    config.decimalSeparator = '.';
    reasons.push('decimalSeparator: an amount column mixes decimal points and commas; write "," if amounts are written 12.500,50');
  }
  if (Object.keys(files).length > 0) config.files = files;
  return { config, reasons };
}

/** The suggestion as the CLI prints it. */
export function formatSuggestion(s: SuggestedConfig): string {
  if (s.reasons.length === 0) return 'Nothing to suggest: every column, stage, currency and date format was decided from the data.';
  return [
    'Suggested quarterdeck.config.json entries (merge with your file; check each one):',
    ...s.reasons.map((r) => `  - ${r}`),
    JSON.stringify(s.config, null, 2),
  ].join('\n');
}
