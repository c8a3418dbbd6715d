/**
 * How the pages name the pipeline-risk flags and their severities.
 */
import type { RiskFlagCode, RiskSeverity } from '../metrics/riskFlags/types.ts';

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

/** `past-due` -> `Past due`. */
export function riskFlagLabel(code: RiskFlagCode): string {
  return LABELS[code];
}

/** `high` -> `High`. */
export function severityLabel(severity: RiskSeverity): string {
  return severity === 'high' ? 'High' : severity === 'medium' ? 'Medium' : 'Low';
}
