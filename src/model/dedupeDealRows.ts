/**
 * The same deal id twice in one snapshot of one table (same snapshot date, file and sheet):
 * the later row wins. Different values -> a 'duplicate-id' warning naming both rows (the first
 * 20 per table, then one warning with the rest counted); identical rows -> one info per table.
 */
import type { DealRow, Issue } from '../schema/types.ts';
import { describePlace, modelIssue, plural } from './modelIssue.ts';

const WARNINGS_PER_TABLE = 20;

const COMPARED: readonly (keyof DealRow)[] = [
  'name', 'account', 'owner', 'stage', 'status', 'amount', 'currency', 'createdDate', 'closeDate',
  'forecastCategory', 'probability', 'type', 'leadSource', 'nextStep', 'lastActivityDate', 'lossReason',
];

interface TableTally {
  file: string;
  sheet: string | null;
  differing: number;
  identical: number;
  firstIdentical: { id: string; kept: DealRow; dropped: DealRow } | null;
}

/** Where dedupeDealRows finds the row met earlier with a row's (snapshot, table, deal id). */
export interface DedupeSlots {
  /** The output index of the row with this row's key, or -1 when the key is new. */
  find(row: DealRow): number;
  /** This row's key is new; its row goes to output index `index`. */
  add(row: DealRow, index: number): void;
}

export function dedupeDealRows(rows: readonly DealRow[], slots: DedupeSlots = keySlots()): { rows: DealRow[]; issues: Issue[] } {
  // Rows in the order their (snapshot, table, id) was first met.
  const out: DealRow[] = [];
  const tallies = new Map<string, TableTally>();
  const issues: Issue[] = [];
  for (const row of rows) {
    const at = slots.find(row);
    if (at < 0) {
      slots.add(row, out.length);
      out.push(row);
      continue;
    }
    const { file, sheet } = row.source;
    const earlier = out[at]!;
    const [kept, dropped] = row.source.row >= earlier.source.row ? [row, earlier] : [earlier, row];
    out[at] = kept;
    const table = `${file}\u0000${sheet ?? '\u0000'}`;
    let tally = tallies.get(table);
    if (tally === undefined) {
      tally = { file: row.source.file, sheet: row.source.sheet, differing: 0, identical: 0, firstIdentical: null };
      tallies.set(table, tally);
    }
    const fields = differingFields(kept, dropped);
    if (fields.length === 0) {
      tally.identical++;
      tally.firstIdentical ??= { id: row.id, kept, dropped };
      continue;
    }
    tally.differing++;
    if (tally.differing > WARNINGS_PER_TABLE) continue;
    const snapshot = kept.snapshotDate === null ? 'the same snapshot' : `the same snapshot (${kept.snapshotDate})`;
    issues.push(
      modelIssue(
        'warning',
        'duplicate-id',
        kept.source,
        `${describePlace(kept.source)}: deal id "${row.id}" is also on row ${dropped.source.row} of ${snapshot} with a different ${listFields(fields)}; row ${kept.source.row} was used, so remove one of the rows or export one row per deal (a report grouped by product repeats each deal).`,
        { value: row.id },
      ),
    );
  }
  for (const tally of tallies.values()) {
    const place = { file: tally.file, sheet: tally.sheet };
    const extra = tally.differing - WARNINGS_PER_TABLE;
    if (extra > 0) {
      issues.push(
        modelIssue(
          'warning',
          'duplicate-id',
          place,
          `${describePlace(place)}: ${plural(extra, 'more deal id')} ${extra === 1 ? 'appears' : 'appear'} twice in the same snapshot with different values; the later row was used each time, so export one row per deal.`,
        ),
      );
    }
    const first = tally.firstIdentical;
    if (first !== null) {
      issues.push(
        modelIssue(
          'info',
          'duplicate-id',
          { ...place, row: first.kept.source.row },
          `${describePlace(place)}: ${plural(tally.identical, 'row')} ${tally.identical === 1 ? 'repeats' : 'repeat'} an earlier row of the same deal exactly (first: deal id "${first.id}" on rows ${first.dropped.source.row} and ${first.kept.source.row}) and ${tally.identical === 1 ? 'was' : 'were'} counted once; nothing needs fixing unless the export should have one row per deal.`,
          { value: first.id },
        ),
      );
    }
  }
  return { rows: out, issues };
}

/** Slots by (snapshot date, file, sheet) and then deal id. */
function keySlots(): DedupeSlots {
  const groups = new Map<string, Map<string, number>>();
  // Rows come table by table: the group of the row before is almost always the group of this one.
  let group: Map<string, number> | null = null;
  let groupFile = '';
  let groupSheet: string | null = null;
  let groupDate: string | null = null;
  return {
    find(row) {
      const { file, sheet } = row.source;
      if (group === null || file !== groupFile || sheet !== groupSheet || row.snapshotDate !== groupDate) {
        const key = `${row.snapshotDate ?? ''}\u0000${file}\u0000${sheet ?? '\u0000'}`;
        group = groups.get(key) ?? null;
        if (group === null) {
          group = new Map();
          groups.set(key, group);
        }
        groupFile = file;
        groupSheet = sheet;
        groupDate = row.snapshotDate;
      }
      return group.get(row.id) ?? -1;
    },
    add(row, index) {
      group!.set(row.id, index);
    },
  };
}

function differingFields(a: DealRow, b: DealRow): string[] {
  const fields: string[] = COMPARED.filter((f) => a[f] !== b[f]).map(String);
  const keys = new Set([...Object.keys(a.attributes), ...Object.keys(b.attributes)]);
  for (const k of keys) {
    if (a.attributes[k] !== b.attributes[k]) fields.push(`"${k}"`);
  }
  return fields;
}

function listFields(fields: readonly string[]): string {
  const shown = fields.slice(0, 4).map((f) => (f.startsWith('"') ? f : f.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)));
  const more = fields.length > 4 ? ` and ${fields.length - 4} more fields` : '';
  if (shown.length === 1) return `${shown[0]}${more}`;
  return more === '' ? `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}` : `${shown.join(', ')}${more}`;
}
