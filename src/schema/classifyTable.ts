/**
 * What a table holds, from the columns it has under each kind's aliases:
 *   history  a deal key (id or name), a change date and a stage, amount or close date, when
 *            the headers are a field history report's (Field / Event, New Value) or the file
 *            or sheet name says history and there is no owner column (Salesforce
 *            OpportunityHistory has none, so a "pipeline history" snapshot with owners stays deals);
 *   deals    a stage column (or a status column with an amount or close date) plus an amount,
 *            close date, owner, id or name column;
 *   quotas   a rep, team, region or level column and an amount with a period (long form), or
 *            period-named columns (wide form);
 *   roster   a rep name column plus a manager, team, region, dates, role, id or email column;
 *   calls    a date, a scope and a call column (the manager's call, see CallRowSchema.ts);
 *   unknown  none of these: ignored, with the reason.
 * The file's config entry `kind` wins ('ignore' gives unknown).
 */
import type { RawTable } from '../ingest/types.ts';
import type { MappedKind } from './aliases.ts';
import type { FileConfig } from './configSchema.ts';
import type { TableKind } from './types.ts';
import type { ColumnMatch } from './matchColumns.ts';
import { columnLabel, listJoin } from './formatPlace.ts';
import { parsePeriodLabel } from './parsePeriodLabel.ts';
import { didYouMean } from './headers/didYouMean.ts';

export interface Classification {
  kind: TableKind;
  reason: string;
}

const HISTORY_NAME = /histor/i;

export function classifyTable(
  table: RawTable,
  matches: Readonly<Record<MappedKind, ColumnMatch>>,
  fileConfig: FileConfig | null,
): Classification {
  if (fileConfig?.kind === 'ignore') return { kind: 'unknown', reason: 'ignored in config' };
  if (fileConfig?.kind !== undefined) return { kind: fileConfig.kind, reason: `pinned in config ("kind": "${fileConfig.kind}")` };
  if (table.headerRow === null || table.headers.every((h) => h.trim() === '')) {
    return { kind: 'unknown', reason: 'no header row was found' };
  }

  const has = (kind: MappedKind, field: string) => matches[kind].fields.has(field);
  const named = (kind: MappedKind, fields: readonly string[]) =>
    fields.filter((f) => has(kind, f)).map((f) => columnLabel(table.headers[matches[kind].fields.get(f)!] ?? ''));

  const fieldHistory = has('history', 'field') && has('history', 'newValue');
  const historyShape =
    (has('history', 'dealId') || has('history', 'dealName')) &&
    has('history', 'date') &&
    (fieldHistory || has('history', 'stage') || has('history', 'amount') || has('history', 'closeDate'));
  const nameSaysHistory = HISTORY_NAME.test(baseName(table.file)) || (table.sheet !== null && HISTORY_NAME.test(table.sheet));
  const hasOwner = has('deals', 'owner') || has('deals', 'ownerId');
  if (historyShape && (fieldHistory || (nameSaysHistory && !hasOwner))) {
    const cols = named('history', fieldHistory ? ['field', 'oldValue', 'newValue'] : ['dealId', 'dealName', 'date', 'stage']);
    return {
      kind: 'history',
      reason: fieldHistory
        ? `has ${listJoin(cols)} columns (a field history report)`
        : `has ${listJoin(cols)} columns and its name says history`,
    };
  }

  if (has('calls', 'call') && has('calls', 'date') && has('calls', 'scope') && !has('deals', 'stage')) {
    return { kind: 'calls', reason: `has ${listJoin(named('calls', ['date', 'scope', 'name', 'call']))} columns (the manager's call)` };
  }

  // A status column alone is not enough: rosters have Status (Active/Inactive) too.
  const dealStatus =
    has('deals', 'stage') ||
    (['status', 'isClosed', 'isWon'].some((f) => has('deals', f)) && (has('deals', 'amount') || has('deals', 'closeDate')));
  const dealOther = ['amount', 'closeDate', 'owner', 'ownerId', 'id', 'name'].some((f) => has('deals', f));
  if (dealStatus && dealOther) {
    return { kind: 'deals', reason: `has ${listJoin(named('deals', ['stage', 'status', 'isWon', 'amount', 'closeDate', 'owner']))} columns` };
  }

  const holder = ['rep', 'repId', 'team', 'region', 'level'].some((f) => has('quotas', f));
  const period = ['period', 'calendarYear', 'fiscalYear', 'date'].some((f) => has('quotas', f));
  // A company-level sheet has no holder column: its amount header or its name says quota.
  const quotaAmount = has('quotas', 'amount') && QUOTA_WORDS.test(table.headers[matches.quotas.fields.get('amount')!] ?? '');
  const nameSaysQuota = QUOTA_WORDS.test(baseName(table.file)) || (table.sheet !== null && QUOTA_WORDS.test(table.sheet));
  if (!holder && period && has('quotas', 'amount') && (quotaAmount || nameSaysQuota) && !dealStatus) {
    return {
      kind: 'quotas',
      reason: `has ${listJoin(named('quotas', ['period', 'calendarYear', 'calendarQuarter', 'fiscalYear', 'date', 'amount']))} columns and no rep column (company-level quotas)`,
    };
  }
  if (holder && has('quotas', 'amount') && period) {
    return {
      kind: 'quotas',
      reason: `has ${listJoin(named('quotas', ['rep', 'team', 'region', 'period', 'calendarYear', 'calendarQuarter', 'fiscalYear', 'amount']))} columns`,
    };
  }
  if (holder && !has('quotas', 'amount')) {
    const periods = matches.quotas.unmapped.filter((c) => parsePeriodLabel(table.headers[c] ?? '') !== null);
    if (periods.length > 0) {
      const shown = periods.slice(0, 3).map((c) => columnLabel(table.headers[c] ?? ''));
      return { kind: 'quotas', reason: `has ${listJoin(named('quotas', ['rep', 'team', 'region']))} columns and one column per period (${shown.join(', ')}${periods.length > 3 ? ', ...' : ''})` };
    }
  }

  const rosterOther = ['repId', 'email', 'manager', 'managerId', 'team', 'region', 'startDate', 'endDate', 'role'];
  const rosterName = has('roster', 'rep') || (has('roster', 'firstName') && has('roster', 'lastName'));
  if (rosterName && rosterOther.some((f) => has('roster', f))) {
    return { kind: 'roster', reason: `has ${listJoin(named('roster', ['rep', 'firstName', 'lastName', ...rosterOther]))} columns` };
  }

  return { kind: 'unknown', reason: unknownReason(table, matches) };
}

const QUOTA_WORDS = /quota|target|goal/i;

/**
 * Why a table is of no kind, worded for the kind it comes closest to (the one with the most
 * matched columns): what that kind needs and lacks, and a header that looks like a typo of it.
 */
function unknownReason(table: RawTable, matches: Readonly<Record<MappedKind, ColumnMatch>>): string {
  const headers = `headers were: ${headerList(table.headers)}`;
  const count = (kind: MappedKind, fields: readonly string[]) => fields.filter((f) => matches[kind].fields.has(f)).length;
  const scores: [MappedKind, number][] = [
    ['deals', count('deals', ['stage', 'status', 'isWon', 'isClosed', 'amount', 'closeDate', 'owner', 'ownerId', 'name', 'id', 'account'])],
    ['quotas', count('quotas', ['rep', 'repId', 'team', 'region', 'amount', 'period', 'fiscalYear', 'calendarYear', 'date'])],
    ['roster', count('roster', ['rep', 'firstName', 'lastName', 'manager', 'team', 'region', 'email', 'repId'])],
  ];
  const [kind, score] = scores.reduce((a, b) => (b[1] > a[1] ? b : a));
  if (score < 3) return `no Stage, Amount or Close Date column; ${headers}`;
  const mapped = new Set(matches[kind].fields.keys());
  const misses = didYouMean(table.headers, matches[kind].unmapped, kind, mapped);
  const hint = misses.length > 0 ? ` (did you mean ${listJoin(misses.slice(0, 3).map((m) => `"${m.spelling}" for "${m.header}"`), 'or')}?)` : '';
  switch (kind) {
    case 'deals':
      return `it looks like deals, but no stage or status column was found${hint}; a deals table needs a stage (or a won/lost status); ${headers}`;
    case 'quotas':
      return `it looks like quotas, but ${mapped.has('amount') ? 'no period column (such as "Quarter", "Period" or "StartDate")' : 'no quota amount column (such as "Quota" or "Quota Amount")'} was found${hint}; ${headers}`;
    default:
      return `it looks like a roster, but ${mapped.has('rep') || (mapped.has('firstName') && mapped.has('lastName')) ? 'it has only a rep name column (a roster needs a team, region, manager or id as well)' : 'no rep name column was found'}${hint}; ${headers}`;
  }
}

function baseName(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}

function headerList(headers: readonly string[]): string {
  const shown = headers.filter((h) => h.trim() !== '').map((h) => h.trim());
  const list = shown.slice(0, 15).join(', ');
  return shown.length > 15 ? `${list} and ${shown.length - 15} more` : list;
}
