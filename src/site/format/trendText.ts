/**
 * A rep's attainment trend in words, with the slope and an arrow, so it never rests on colour:
 * "Improving ▲ +7.4 pts per quarter".
 */
import type { RepTrend } from '../../metrics/repTrends.ts';

export interface TrendText {
  /** "Improving", "Steady", "Declining" or "No trend". */
  label: string;
  /** ▲, ▶ or ▼; empty without a trend. */
  arrow: string;
  /** "+7.4 pts per quarter"; the reason when there is no trend. */
  detail: string;
  /** For CSS (a class name): improving, steady, declining or none. */
  kind: 'improving' | 'steady' | 'declining' | 'none';
}

export function trendText(trend: RepTrend | null, options: { minTrendPoints: number }): TrendText {
  if (trend === null || trend.trend === null || trend.slope === null) {
    const have = trend?.trendPoints ?? 0;
    return {
      label: 'No trend',
      arrow: '',
      detail: `${have} of the last 4 completed quarters had a quota; a trend needs ${options.minTrendPoints}`,
      kind: 'none',
    };
  }
  const slope = Number(trend.slope.toFixed(1));
  const sign = slope > 0 ? '+' : slope < 0 ? '−' : '±';
  return {
    label: trend.trend === 'improving' ? 'Improving' : trend.trend === 'declining' ? 'Declining' : 'Steady',
    arrow: trend.trend === 'improving' ? '▲' : trend.trend === 'declining' ? '▼' : '▶',
    detail: `${sign}${Math.abs(slope).toFixed(1)} pts per quarter`,
    kind: trend.trend,
  };
}
