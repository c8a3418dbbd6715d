/**
 * Rows of a rep roster -> RosterRow, each through RosterRowSchema, or an issue.
 * Rep name required: a name column, else first and last name columns combined (user exports
 * such as Salesforce's User.csv). Manager, team, region, start and end dates, role, user id
 * and email optional (Maven's sales_teams.csv: sales_agent, manager, regional_office).
 * A manager id column (Salesforce `ManagerId`) is resolved to the manager's name through the
 * table's own user ids. Without a team column, each rep's manager names the team (one note).
 */
import type { RawRow } from '../ingest/types.ts';
import type { RosterRow } from './types.ts';
import { dateOrders } from './dateOrders.ts';
import { formatPlace } from './formatPlace.ts';
import { col, header, missingColumn, acceptRow, type MapperContext, type MapperResult } from './mapperContext.ts';
import { RosterRowSchema } from './RosterRowSchema.ts';

export function mapRoster(ctx: MapperContext): MapperResult<RosterRow> {
  const { table, readers, issues, config } = ctx;
  const { file, sheet } = table;
  const result: MapperResult<RosterRow> = { rows: [], accepted: 0, rejected: 0 };
  const splitName = col(ctx, 'rep') < 0 && col(ctx, 'firstName') >= 0 && col(ctx, 'lastName') >= 0;
  if (col(ctx, 'rep') < 0 && !splitName) {
    missingColumn(ctx, 'rep name', 'rep', ['Rep', 'Name', 'Sales Rep']);
    result.rejected = table.rows.length;
    return result;
  }
  const orders = dateOrders(table, [col(ctx, 'startDate'), col(ctx, 'endDate')], config.dateOrder, issues);
  const text = (f: string) => readers.text(col(ctx, f));
  const date = (f: string) => readers.date(col(ctx, f), orders.get(col(ctx, f)) ?? null);
  const first = text('firstName');
  const last = text('lastName');
  const nameOf = splitName
    ? (row: RawRow) => [first(row), last(row)].filter((p) => p !== null).join(' ') || null
    : text('rep');
  const read = {
    rep: nameOf, repId: text('repId'), email: text('email'), manager: text('manager'), managerId: text('managerId'), team: text('team'),
    region: text('region'), role: text('role'), startDate: date('startDate'), endDate: date('endDate'),
  };
  const columnOf = (field: string) => header(ctx, field);
  const repColumn = header(ctx, splitName ? 'firstName' : 'rep');

  // Manager ids -> names, through the table's own ids (18-character Salesforce ids also by their first 15).
  const managerById = new Map<string, string>();
  if (col(ctx, 'managerId') >= 0 && col(ctx, 'repId') >= 0) {
    for (const row of table.rows) {
      const id = read.repId(row);
      const name = read.rep(row);
      if (id === null || name === null) continue;
      managerById.set(id, name);
      if (id.length === 18) managerById.set(id.slice(0, 15), name);
    }
  }
  const managerOf = (row: RawRow): string | null => {
    const named = read.manager(row);
    if (named !== null) return named;
    const id = read.managerId(row);
    if (id === null) return null;
    return managerById.get(id) ?? managerById.get(id.slice(0, 15)) ?? id;
  };
  const managerAsTeam = col(ctx, 'team') < 0 && (col(ctx, 'manager') >= 0 || col(ctx, 'managerId') >= 0);
  if (managerAsTeam) {
    const column = header(ctx, col(ctx, 'manager') >= 0 ? 'manager' : 'managerId');
    issues.add('info', 'manager-as-team', { row: null, column, value: null }, () =>
      `${formatPlace(file, sheet)}: there is no team column, so each rep's manager (column "${(column ?? '').trim()}") names the team; add a "Team" column if teams are named otherwise.`,
    );
  }

  for (const row of table.rows) {
    const rep = read.rep(row);
    if (rep === null) {
      issues.add('error', 'missing-rep', { row: row.rowNumber, column: repColumn, value: null }, () =>
        `${formatPlace(file, sheet, row.rowNumber, repColumn)}: the cell is empty, but every roster row needs the rep's name, so the row was left out; fill in the name.`,
      );
      result.rejected++;
      continue;
    }
    const manager = managerOf(row);
    const candidate: RosterRow = {
      rep,
      repId: read.repId(row),
      email: read.email(row),
      manager,
      team: managerAsTeam ? manager : read.team(row),
      region: read.region(row),
      startDate: read.startDate(row),
      endDate: read.endDate(row),
      role: read.role(row),
      source: { file, sheet, row: row.rowNumber },
    };
    acceptRow(ctx, result, RosterRowSchema, candidate, row, columnOf);
  }
  return result;
}
