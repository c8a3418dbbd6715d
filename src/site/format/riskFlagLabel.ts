/**
 * How the pages name the pipeline-risk flags and their severities.
 */
import type { RiskFlagCode, RiskSeverity } from '../../metrics/riskFlags/types.ts';

const LABELS: Record<RiskFlagCode, string> = {
  'past-due': 'Past due',
  pushed: 'Pushed repeatedly',
  stale: 'Stale',
  stuck: 'Stuck in stage',
  'amount-cut': 'Amount cut',
  'unlikely-to-close': 'Unlikely to close in time',
  'commit-risk': 'Commit at risk',
  concentration: 'Quota depends on it',
  'missing-amount': 'Missing amount',
  'missing-close-date': 'Missing close date',
  'missing-next-step': 'Missing next step',
};

/** Joins a deal's flag labels in one table cell; no label holds it, so a list column's filter can split them. */
export const FLAG_SEPARATOR = ', ';

/** A deal's flags as one table cell: `Past due, Stale`. */
export function riskFlagList(flags: readonly { code: RiskFlagCode }[]): string {
  return flags.map((f) => riskFlagLabel(f.code)).join(FLAG_SEPARATOR);
}

/** `past-due` -> `Past due`. */
export function riskFlagLabel(code: RiskFlagCode): string {
  return LABELS[code];
}

/** `high` -> `High`. */
export function severityLabel(severity: RiskSeverity): string {
  return severity === 'high' ? 'High' : severity === 'medium' ? 'Medium' : 'Low';
}
