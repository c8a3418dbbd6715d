/**
 * Unmapped headers a small edit away from a known spelling of a field the table lacks
 * (`close_vlaue` is two letters from `close_value`): the likely typo and the field it was
 * meant for. A header is compared with case, spaces and punctuation ignored; up to one edit
 * for keys of 4 to 6 characters, two for longer ones.
 */
import { distance } from 'fastest-levenshtein';
import { ALIASES, type MappedKind } from '../aliases.ts';
import { normalizeKey } from '../values/normalizeKey.ts';

export interface NearMiss {
  col: number;
  header: string;
  field: string;
  /** The known spelling it is closest to. */
  spelling: string;
}

export function didYouMean(headers: readonly string[], unmapped: readonly number[], kind: MappedKind, mapped: ReadonlySet<string>): NearMiss[] {
  const out: NearMiss[] = [];
  const spellings = Object.entries(ALIASES[kind] as Record<string, readonly string[]>).filter(([field]) => !mapped.has(field));
  for (const col of unmapped) {
    const header = headers[col] ?? '';
    const key = normalizeKey(header);
    if (key.length < 4) continue;
    const limit = key.length <= 6 ? 1 : 2;
    let best: NearMiss | null = null;
    let bestDistance = limit + 1;
    for (const [field, list] of spellings) {
      for (const spelling of list) {
        const other = normalizeKey(spelling);
        if (Math.abs(other.length - key.length) > limit || other.length < 4) continue;
        // A word added or dropped at the end ("AccountId" next to "Account") is another column, not a typo.
        if (other.startsWith(key) || key.startsWith(other)) continue;
        const d = distance(key, other);
        // Among spellings as close, the one written most like the header ("deal_stage" for "deal_stgae", not "Deal Stage").
        const closer = best !== null && d === bestDistance && distance(header.trim().toLowerCase(), spelling.toLowerCase()) < distance(header.trim().toLowerCase(), best.spelling.toLowerCase());
        if (d > 0 && (d < bestDistance || closer)) {
          bestDistance = d;
          best = { col, header: header.trim(), field, spelling };
        }
      }
    }
    if (best !== null) out.push(best);
  }
  return out;
}
