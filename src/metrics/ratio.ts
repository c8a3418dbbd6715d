/** a / b, or null when b is 0 or the result is not finite: never NaN or Infinity in an output. */
export function ratio(a: number, b: number): number | null {
  if (b === 0) return null;
  const r = a / b;
  return Number.isFinite(r) ? r : null;
}
