/** A share 0..1 as a percentage for a sentence: 0.25 -> "25%", 0.125 -> "12.5%". */
import { format } from 'd3';

const percent = format('.1~%');

export function formatShare(share: number): string {
  return percent(share);
}
