/**
 * Rows of a rep roster -> RosterRow, each through RosterRowSchema, or an issue.
 * Rep name required; manager, team, region, start and end dates, role, user id and email
 * optional (Maven's sales_teams.csv: sales_agent, manager, regional_office).
 */
import type { RosterRow } from './types.ts';
import { dateOrders } from './dateOrders.ts';
import { formatPlace } from './formatPlace.ts';
import { col, header, missingColumn, acceptRow, type MapperContext, type MapperResult } from './mapperContext.ts';
import { RosterRowSchema } from './RosterRowSchema.ts';

export function mapRoster(ctx: MapperContext): MapperResult<RosterRow> {
  const { table, readers, issues, config } = ctx;
  const { file, sheet } = table;
  const result: MapperResult<RosterRow> = { rows: [], accepted: 0, rejected: 0 };
  if (col(ctx, 'rep') < 0) {
    missingColumn(ctx, 'rep name', 'rep', ['Rep', 'Name', 'Sales Rep']);
    result.rejected = table.rows.length;
    return result;
  }
  const orders = dateOrders(table, [col(ctx, 'startDate'), col(ctx, 'endDate')], config.dateOrder, issues);
  const text = (f: string) => readers.text(col(ctx, f));
  const date = (f: string) => readers.date(col(ctx, f), orders.get(col(ctx, f)) ?? null);
  const read = {
    rep: text('rep'), repId: text('repId'), email: text('email'), manager: text('manager'), team: text('team'),
    region: text('region'), role: text('role'), startDate: date('startDate'), endDate: date('endDate'),
  };
  const columnOf = (field: string) => header(ctx, field);
  const repColumn = header(ctx, 'rep');

  for (const row of table.rows) {
    const rep = read.rep(row);
    if (rep === null) {
      issues.add('error', 'missing-rep', { row: row.rowNumber, column: repColumn, value: null }, () =>
        `${formatPlace(file, sheet, row.rowNumber, repColumn)}: the cell is empty, but every roster row needs the rep's name, so the row was left out; fill in the name.`,
      );
      result.rejected++;
      continue;
    }
    const candidate: RosterRow = {
      rep,
      repId: read.repId(row),
      email: read.email(row),
      manager: read.manager(row),
      team: read.team(row),
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
