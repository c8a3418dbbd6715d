/**
 * The weekly summary as Markdown (data/weekly.md), to paste into an email or a chat message as
 * it is: short headings, one line per item, amounts in the site's money format. Text from the
 * exports is written as it is, with Markdown's special characters escaped.
 */
import { formatMoney } from '../format/tablesFormat.ts';
import { riskFlagLabel } from '../format/riskFlagLabel.ts';
import { riskFlagsOf, riskLevelLabel } from '../risk/riskOrder.ts';
import type { WeeklySummary } from './weeklySummary.ts';

/** Deals listed per kind of change; the rest are counted. */
export const DEALS_PER_GROUP = 5;

export function weeklyMarkdown(s: WeeklySummary): string {
  const money = (n: number | null) => (n === null ? 'no amount' : (formatMoney(n, s.currency, { compact: true }) ?? 'unknown'));
  const lines: string[] = [];
  lines.push(`# ${md(s.company)}: weekly pipeline review, ${s.asOf}`, '');
  lines.push(md(s.headline), '');
  lines.push('## Forecast move', '');
  if (s.from === null) lines.push(md(s.noComparison ?? 'There is no previous snapshot to compare with.'));
  else for (const k of s.kpis) lines.push(`- **${md(k.label)}:** ${k.value}${k.deltaText === null ? '' : ` (${k.deltaText})`}`);
  lines.push('');
  if (s.from !== null) {
    lines.push(`## What changed since ${s.from}`, '');
    for (const g of s.groups) {
      if (g.count === 0) continue;
      lines.push(`- **${g.label}:** ${g.count} deal${g.count === 1 ? '' : 's'}, ${money(g.amount)}`);
      for (const d of g.deals.slice(0, DEALS_PER_GROUP)) lines.push(`  - ${md(d.name)} (${md(d.owner)}), ${money(d.amount)}: ${md(d.detail)}`);
      if (g.count > DEALS_PER_GROUP) lines.push(`  - and ${g.count - DEALS_PER_GROUP} more`);
    }
    if (s.groups.every((g) => g.count === 0)) lines.push('Nothing changed between the two snapshots.');
    lines.push('');
  }
  lines.push('## Deals to discuss', '');
  if (s.deals.length === 0) lines.push('No open deal is high risk this week.');
  for (const { deal, question } of s.deals) {
    const flags = riskFlagsOf(deal).map((f) => riskFlagLabel(f.code)).join(', ');
    lines.push(`- **${md(deal.name)}** (${md(deal.owner)}), ${money(deal.amount)}, closes ${deal.closeDate ?? 'on no set date'}. ${riskLevelLabel(deal.riskLevel)} risk: ${md(flags)}.`);
    lines.push(`  ${md(question)}`);
  }
  lines.push('');
  lines.push('## Reps to check in with', '');
  if (s.reps.length === 0) lines.push('No rep stands out this week.');
  for (const r of s.reps) lines.push(`- **${md(r.name)}:** ${md(r.reasons.join('; '))}.`);
  lines.push('');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * Escapes the characters Markdown (and chat apps) read as emphasis, code, links or HTML; the
 * rest (parentheses, dots, dashes) stays as it is, so a pasted message reads cleanly.
 */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
}
