/**
 * Spreads end-of-line labels apart so they do not overlap: each label keeps its value's position
 * when it can and is moved up (then down, at the top of the scale) by at least `gap` from its
 * neighbours. Positions are in data units; `gap` is the label height in the same units.
 */
export interface DodgeOptions {
  gap: number;
  /** Lowest and highest positions allowed (the y domain). */
  min: number;
  max: number;
}

/** The positions of the labels, in the order given. */
export function dodgeLabels(values: readonly number[], options: DodgeOptions): number[] {
  const { gap, min, max } = options;
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v || a.i - b.i);
  const pos = order.map((o) => Math.max(min, Math.min(max, o.v)));
  for (let k = 1; k < pos.length; k += 1) pos[k] = Math.max(pos[k]!, pos[k - 1]! + gap);
  // Pushed past the top: walk back down from it.
  if (pos.length > 0 && pos[pos.length - 1]! > max) {
    pos[pos.length - 1] = max;
    for (let k = pos.length - 2; k >= 0; k -= 1) pos[k] = Math.min(pos[k]!, pos[k + 1]! - gap);
  }
  const out = new Array<number>(values.length);
  order.forEach((o, k) => (out[o.i] = pos[k]!));
  return out;
}
