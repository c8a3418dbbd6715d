/**
 * The quota workbook as sales ops keeps it: a wide sheet "Quotas" with a title block, one
 * column per fiscal quarter, a row per rep and a row per team (Rep empty), plus a hidden
 * "Notes" sheet. Written byte-for-byte the same on every run.
 */
import * as XLSX from 'xlsx';
import type { Company } from './company.ts';
import type { QuotaTruth } from './truth.ts';

type Row = (string | number | null)[];

function sheetFrom(rows: Row[], numberFormat: string | null): XLSX.WorkSheet {
  const ws: XLSX.WorkSheet = {};
  let maxCol = 0;
  rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const cell: XLSX.CellObject =
        typeof value === 'number' ? { t: 'n', v: value, ...(numberFormat ? { z: numberFormat } : {}) } : { t: 's', v: value };
      ws[XLSX.utils.encode_cell({ r, c })] = cell;
      maxCol = Math.max(maxCol, c);
    });
  });
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: maxCol } });
  return ws;
}

export function quotaWorkbook(company: Company, quotas: QuotaTruth, options: { approvedBy: string; approvedOn: string }): Uint8Array {
  const labels = quotas.quarters.map((q) => q.label);
  const rows: Row[] = [
    [`${company.name} — Sales quotas`],
    [`Quarterly quota, ${company.currency}`],
    [],
    ['Rep', 'Team', 'Region', ...labels],
  ];
  for (const team of company.teams) {
    const reps = company.reps.filter((r) => r.team === team.name).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const rep of reps) rows.push([rep.name, rep.team, rep.region, ...(quotas.reps.get(rep.name) ?? [])]);
  }
  for (const team of company.teams) rows.push([null, team.name, team.region, ...(quotas.teams.get(team.name) ?? [])]);

  const ws = sheetFrom(rows, '#,##0');
  ws['!merges'] = [XLSX.utils.decode_range('A1:F1'), XLSX.utils.decode_range('A2:F2')];
  ws['!cols'] = [{ wch: 20 }, { wch: 18 }, { wch: 15 }, ...labels.map(() => ({ wch: 12 }))];

  const notes = sheetFrom(
    [
      ['Notes'],
      [`Approved by ${options.approvedBy} on ${options.approvedOn}.`],
      ['Rows with an empty Rep carry the team-level quota (manager quota), which may exceed the sum of the reps.'],
      ['New hires ramp 25% / 50% / 75% of a full quota in their first three quarters; the first is prorated.'],
      ['A blank cell means the rep was not employed in that quarter.'],
    ],
    null,
  );

  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Quotas');
  XLSX.utils.book_append_sheet(wb, notes, 'Notes');
  wb.Workbook = { Sheets: [{ name: 'Quotas', Hidden: 0 }, { name: 'Notes', Hidden: 1 }] };
  wb.Props = {
    Title: `${company.name} sales quotas`,
    Author: options.approvedBy,
    Company: company.name,
    CreatedDate: new Date(Date.UTC(2026, 0, 1)),
  };
  const out: unknown = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true });
  if (!(out instanceof ArrayBuffer)) throw new Error('quotaWorkbook: SheetJS did not return an ArrayBuffer');
  return new Uint8Array(out);
}
