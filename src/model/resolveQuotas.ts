/**
 * Quota rows -> quotas: each period reference resolved to dates by the fiscal calendar, the
 * amount converted to the reporting currency, duplicates (same holder and period) reduced to the
 * later row. Sorted by level (company, region, team, rep), then name, then start date.
 */
import type { Issue, QuotaRow, SourceRef } from '../schema/types.ts';
import type { CurrencyConverter } from './currencyConverter.ts';
import { compareText } from './compareText.ts';
import type { FiscalCalendar, ResolvedPeriod } from './fiscalCalendar.ts';
import { describePlace, modelIssue } from './modelIssue.ts';
import { nameKey } from './repDirectory.ts';
import type { Quota } from './types.ts';

export interface ResolveQuotasOptions {
  calendar: FiscalCalendar;
  converter: CurrencyConverter;
  /** The holder's name as the model spells it (the roster's spelling for reps); null for the company. */
  holderName: (row: QuotaRow) => string | null;
}

export interface ResolvedQuotas {
  quotas: Quota[];
  issues: Issue[];
  /** Quota rows left out because their currency has no exchange rate, by currency. */
  missingRates: Map<string, { count: number; first: SourceRef }>;
}

const LEVEL_ORDER: Record<Quota['level'], number> = { company: 0, region: 1, team: 2, rep: 3 };

export function resolveQuotas(rows: readonly QuotaRow[], options: ResolveQuotasOptions): ResolvedQuotas {
  const { calendar, converter } = options;
  const issues: Issue[] = [];
  const missingRates = new Map<string, { count: number; first: SourceRef }>();
  const byKey = new Map<string, Quota>();
  const sorted = [...rows].sort(
    (a, b) =>
      compareText(a.source.file, b.source.file) ||
      compareText(a.source.sheet ?? '', b.source.sheet ?? '') ||
      a.source.row - b.source.row,
  );
  for (const row of sorted) {
    let period: ResolvedPeriod;
    try {
      period = calendar.resolve(row.period);
    } catch {
      issues.push(
        modelIssue(
          'warning',
          'invalid-quota-period',
          row.source,
          `${describePlace(row.source)}: the quota period "${row.periodLabel}" names no real period, so the row was left out; write it like "FY2027 Q1", "2026 Q3", "Mar 2026" or a date.`,
          { value: row.periodLabel },
        ),
      );
      continue;
    }
    const currency = row.currency ?? converter.currency;
    const amount = converter.convert(row.amount, currency);
    if (amount === null) {
      const seen = missingRates.get(currency);
      if (seen === undefined) missingRates.set(currency, { count: 1, first: row.source });
      else seen.count++;
      continue;
    }
    const name = row.level === 'company' ? null : options.holderName(row);
    const quota: Quota = {
      level: row.level,
      name,
      start: period.start,
      end: period.end,
      granularity: period.granularity,
      amount,
      source: row.source,
    };
    const key = `${row.level}\u0000${name === null ? '' : nameKey(name)}\u0000${period.start}\u0000${period.end}`;
    const earlier = byKey.get(key);
    if (earlier !== undefined) {
      const holder = name === null ? 'the company' : name;
      issues.push(
        modelIssue(
          'warning',
          'duplicate-quota',
          row.source,
          `${describePlace(row.source)}: ${holder} already has a quota for ${period.label} (${period.start} to ${period.end}) on ${describePlace(earlier.source)}; this later row (amount ${row.amount}) was used, so remove the row that is wrong.`,
          { value: row.periodLabel },
        ),
      );
    }
    byKey.set(key, quota);
  }
  const quotas = [...byKey.values()];
  quotas.sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      compareText(a.name ?? '', b.name ?? '') ||
      compareText(a.start, b.start) ||
      compareText(a.end, b.end),
  );
  return { quotas, issues, missingRates };
}
