/**
 * Collects row-level notes and keeps a file with a million ragged rows from producing a
 * million notes: the first few of each code are kept, then one summary note says how many more.
 */
import type { IngestNote } from './types.ts';

export interface NoteCollector {
  add(note: IngestNote): void;
  /** The kept notes, followed by one summary note per code that went over the limit. */
  notes(): IngestNote[];
}

export function createNoteCollector(place: string, options: { perCode?: number } = {}): NoteCollector {
  const perCode = options.perCode ?? 20;
  const kept: IngestNote[] = [];
  const counts = new Map<string, { count: number; severity: IngestNote['severity'] }>();
  return {
    add(note) {
      const seen = counts.get(note.code);
      const count = (seen?.count ?? 0) + 1;
      counts.set(note.code, { count, severity: seen?.severity ?? note.severity });
      if (count <= perCode) kept.push(note);
    },
    notes() {
      const out = kept.slice();
      for (const [code, { count, severity }] of counts) {
        if (count <= perCode) continue;
        const more = count - perCode;
        out.push({
          severity,
          code,
          rowNumber: null,
          message: `${place} has ${more} more row${more === 1 ? '' : 's'} with the same problem as above (${code}, ${count} in all), not listed one by one: fix the rows listed first, then read the file again to see the rest.`,
        });
      }
      return out;
    },
  };
}
