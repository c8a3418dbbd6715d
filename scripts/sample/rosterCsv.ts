/**
 * The rep roster as a hand-kept sheet saved from Excel as "CSV UTF-8": byte-order mark, CRLF,
 * quotes only where needed, ISO dates.
 */
import type { Company, Person } from './company.ts';
import { isoFromDay } from './dates.ts';

export const ROSTER_HEADERS = ['Rep', 'Email', 'Manager', 'Team', 'Region', 'Start Date', 'End Date', 'Role'] as const;

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function rosterCsv(company: Company): string {
  const people: Person[] = [company.vp, ...company.managers, ...company.reps];
  const lines = [ROSTER_HEADERS.join(',')];
  for (const p of people) {
    lines.push(
      [p.name, p.email, p.manager ?? '', p.team ?? '', p.region ?? '', isoFromDay(p.start), p.end === null ? '' : isoFromDay(p.end), p.role]
        .map(field)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
