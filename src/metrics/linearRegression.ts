/**
 * Ordinary least-squares line through points: the slope says how fast y changes per unit of x.
 */

export interface LinearFit {
  slope: number;
  intercept: number;
  /** Number of points the line was fitted to. */
  n: number;
}

/** Least-squares fit of y = intercept + slope * x; null with fewer than two points or when every x is equal. */
export function linearRegression(points: readonly { x: number; y: number }[]): LinearFit | null {
  const n = points.length;
  if (n < 2) return null;
  let sumX = 0;
  let sumY = 0;
  for (const p of points) {
    sumX += p.x;
    sumY += p.y;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX, n };
}
