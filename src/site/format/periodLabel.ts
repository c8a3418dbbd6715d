/**
 * The label of a fiscal quarter key (`FY2027-Q2` -> `FY2027 Q2`) from the dashboard's periods,
 * falling back to the key itself for a quarter the dashboard does not list.
 */
import type { Dashboard } from '../../metrics/dashboard.ts';

export function periodLabel(dashboard: Pick<Dashboard, 'periods'>, key: string): string {
  const { quarters, next, current } = dashboard.periods;
  const found = [...quarters, next, current].find((q) => q.key === key);
  return found?.label ?? key.replace('-', ' ');
}
