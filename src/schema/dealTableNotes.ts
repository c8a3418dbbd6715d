/**
 * The table-level warnings of a deals table, once its rows are mapped: deals without an owner
 * (kept under "Unassigned"), a status column that disagrees with the stage, no amount column,
 * and won deals none of which has an amount. One warning each, with counts, so a table that
 * would give a $0 dashboard or quietly re-label deals says so on the one-screen summary.
 */
import type { RawRow } from '../ingest/types.ts';
import type { DealStatus } from './types.ts';
import { formatPlace, listJoin, quote } from './formatPlace.ts';
import { col, header, type MapperContext } from './mapperContext.ts';

export interface DealTableFacts {
  hasOwner: boolean;
  noOwner: { count: number; first: number } | null;
  contradictions: { count: number; first: RawRow; stage: string; stageStatus: DealStatus; status: DealStatus } | null;
  hasAmount: boolean;
  won: number;
  wonWithAmount: number;
  accepted: number;
}

/** The name deals without an owner are shown under (the model's NO_OWNER). */
const UNASSIGNED = 'Unassigned';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

export function dealTableNotes(ctx: MapperContext, facts: DealTableFacts): void {
  const { table, issues } = ctx;
  const { file, sheet } = table;
  const place = formatPlace(file, sheet);

  if (!facts.hasOwner && facts.accepted > 0) {
    issues.add('warning', 'no-owner-column', { row: null, column: null, value: null }, () =>
      `${place}: no owner column was found (expected a header such as "Opportunity Owner", "Owner" or "Deal owner"), so its ${plural(facts.accepted, 'deal')} ` +
      `${facts.accepted === 1 ? 'is' : 'are'} shown under "${UNASSIGNED}": company totals, the forecast and the pipeline are complete, but rep views are not; ` +
      'add the owner column to the export, or name yours in quarterdeck.config.json, e.g. "columns": { "owner": "Your header" }.',
    );
  } else if (facts.noOwner !== null) {
    const { count, first } = facts.noOwner;
    const column = header(ctx, col(ctx, 'owner') >= 0 ? 'owner' : 'ownerId');
    issues.add('warning', 'missing-owner', { row: first, column, value: null }, () =>
      `${place}: ${plural(count, 'deal')} (first: row ${first}) ${count === 1 ? 'has' : 'have'} an empty ${quote(column ?? 'owner')} cell, so ${count === 1 ? 'it is' : 'they are'} kept and shown under "${UNASSIGNED}"; fill in the owner in the CRM export.`,
    );
  }

  if (facts.contradictions !== null) {
    const c = facts.contradictions;
    const flags = ['status', 'isClosed', 'isWon'].filter((f) => col(ctx, f) >= 0).map((f) => `"${(header(ctx, f) ?? '').trim()}"`);
    const stageColumn = (header(ctx, 'stage') ?? 'Stage').trim();
    issues.add('warning', 'status-contradicts-stage', { row: c.first.rowNumber, column: header(ctx, 'stage'), value: c.stage }, () =>
      `${place}: on ${plural(c.count, 'row')} the ${listJoin(flags)} column${flags.length === 1 ? '' : 's'} disagree${flags.length === 1 ? 's' : ''} with "${stageColumn}" ` +
      `(first: row ${c.first.rowNumber}, stage ${quote(c.stage)} means ${c.stageStatus} but the status says ${c.status}); the status column wins, ` +
      'so those deals count as the status says; fix the export if the stage is right, or map only one of them in quarterdeck.config.json.',
    );
  }

  if (facts.accepted === 0) return;
  if (!facts.hasAmount) {
    issues.add('warning', 'no-amount-column', { row: null, column: null, value: null }, () =>
      `${place}: no amount column was found (expected a header such as "Amount", "Deal Value" or "close_value"), so every deal has no amount and won totals, ` +
      'pipeline and forecast read $0; add the column to the export, or name yours in quarterdeck.config.json, e.g. "columns": { "amount": "Your header" }.',
    );
  } else if (facts.won > 0 && facts.wonWithAmount === 0) {
    const column = (header(ctx, col(ctx, 'amount') >= 0 ? 'amount' : 'actualRevenue') ?? '').trim();
    issues.add('warning', 'won-without-amount', { row: null, column, value: null }, () =>
      `${place}: none of its ${plural(facts.won, 'won deal')} has an amount in "${column}", so the won total reads $0; ` +
      'check that this is the amount column (or map the right one with "columns" in quarterdeck.config.json) and that the export includes amounts.',
    );
  }
}
