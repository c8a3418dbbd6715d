/**
 * Gathers the issues of one table: counts every issue by severity and code, keeps the first
 * `limit` in full. Messages are built lazily, only for the issues that are kept, so a column
 * with a million bad cells costs a million counter increments and no string work.
 */
import type { Cell } from '../ingest/types.ts';
import type { Issue, TableReport } from './types.ts';

export type Severity = Issue['severity'];

export interface IssueCollector {
  /** Record an issue; `message` is only called when the issue is kept. */
  add(
    severity: Severity,
    code: string,
    place: { row: number | null; column: string | null; value: Cell | undefined },
    message: () => string,
  ): void;
  /** Like add, but only the first time `onceKey` is seen in this table. Returns true when added. */
  addOnce(
    onceKey: string,
    severity: Severity,
    code: string,
    place: { row: number | null; column: string | null; value: Cell | undefined },
    message: () => string,
  ): boolean;
  readonly issues: Issue[];
  counts(): TableReport['issueCounts'];
}

export const ISSUE_LIMIT = 50;

export function createIssueCollector(file: string, sheet: string | null, limit = ISSUE_LIMIT): IssueCollector {
  const issues: Issue[] = [];
  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, number>();
  const seen = new Set<string>();

  const add: IssueCollector['add'] = (severity, code, place, message) => {
    bySeverity[severity]++;
    byCode.set(code, (byCode.get(code) ?? 0) + 1);
    if (issues.length >= limit) return;
    issues.push({
      severity,
      code,
      file,
      sheet,
      row: place.row,
      column: place.column,
      value: valueText(place.value),
      message: message(),
    });
  };

  return {
    add,
    addOnce(onceKey, severity, code, place, message) {
      if (seen.has(onceKey)) return false;
      seen.add(onceKey);
      add(severity, code, place, message);
      return true;
    },
    issues,
    counts() {
      const codes: Record<string, number> = Object.create(null) as Record<string, number>;
      for (const [code, n] of [...byCode].sort((a, b) => (a[0] < b[0] ? -1 : 1))) codes[code] = n;
      return { ...bySeverity, byCode: codes };
    },
  };
}

/** A cell as text for Issue.value: at most 200 characters; null for an absent value. */
export function valueText(value: Cell | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value);
  return text.length > 200 ? text.slice(0, 200) : text;
}
