/**
 * The one-screen summary the CLI prints after the data stage.
 */
import type { DataReport } from '../../src/dataStage.ts';
import type { Issue } from '../../src/schema/types.ts';
import { leftOutLine } from '../../src/site/dataPage/leftOutLine.ts';

const int = new Intl.NumberFormat('en-US');

export function formatMoney(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

export function issueLocation(issue: Issue): string {
  const parts = [issue.file];
  if (issue.sheet !== null) parts.push(issue.sheet);
  if (issue.row !== null) parts.push(`row ${issue.row}`);
  if (issue.column !== null) parts.push(issue.column);
  return parts.filter((p) => p !== '').join(' › ');
}

/** The issue as one line: its location, then its message (unless the message already starts with it). */
export function formatIssue(issue: Issue): string {
  return issue.message.startsWith(issue.file) ? issue.message : `${issueLocation(issue)}: ${issue.message}`;
}

export function allIssues(report: DataReport): Issue[] {
  return [
    ...report.configIssues,
    ...report.files.flatMap((f) => [...f.issues, ...f.tables.flatMap((t) => t.issues)]),
    ...report.modelIssues,
  ];
}

export function formatSummary(report: DataReport, maxIssues = 8): string {
  const lines: string[] = [];
  const { totals, deals, config } = report;
  lines.push(`Quarterdeck · ${config.companyName}${config.sample ? ' (sample data)' : ''}`);
  lines.push(`Data folder: ${report.dataDir}${report.configFile ? ` · config: ${report.configFile}` : ' · no config file (defaults)'}`);
  if (report.asOf !== null) {
    const snaps = report.snapshotDates;
    const range = snaps.length > 1 ? ` (${snaps[0]} … ${snaps[snaps.length - 1]})` : snaps.length === 1 ? ` (${snaps[0]})` : '';
    lines.push(`As of ${report.asOf} (${report.asOfSource}) · ${snaps.length} snapshot${snaps.length === 1 ? '' : 's'}${range}`);
  }
  const byStatus = { read: 0, ignored: 0, unreadable: 0 };
  const byKind = new Map<string, number>();
  for (const f of report.files) {
    byStatus[f.status] += 1;
    for (const t of f.tables) byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
  }
  const kinds = [...byKind].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${n} ${k}`).join(', ');
  lines.push(`Files: ${int.format(totals.files)} (${byStatus.read} read, ${byStatus.ignored} ignored, ${byStatus.unreadable} unreadable) · tables: ${int.format(totals.tables)}${kinds ? ` (${kinds})` : ''}`);
  lines.push(`Rows: ${int.format(totals.rowsRead)} read = ${int.format(totals.accepted)} accepted + ${int.format(totals.rejected)} rejected + ${int.format(totals.skipped)} skipped`);
  lines.push(`Deals: ${int.format(deals.total)} (${int.format(deals.open)} open, ${int.format(deals.won)} won, ${int.format(deals.lost)} lost) · won total ${formatMoney(deals.wonAmount, deals.currency)}`);
  for (const left of report.leftOut ?? []) lines.push(leftOutLine(left, deals.currency));
  lines.push(`Issues: ${int.format(totals.errors)} errors, ${int.format(totals.warnings)} warnings, ${int.format(totals.infos)} notes`);
  const shown = allIssues(report)
    .filter((i) => i.severity !== 'info')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .slice(0, maxIssues);
  for (const issue of shown) lines.push(`  ${issue.severity === 'error' ? '✖' : '!'} ${formatIssue(issue)}`);
  const more = totals.errors + totals.warnings - shown.length;
  if (more > 0) lines.push(`  … and ${int.format(more)} more (see the Data page, or npm run check -- --json)`);
  for (const reason of report.fatal) lines.push(`✖ ${reason}`);
  return lines.join('\n');
}

