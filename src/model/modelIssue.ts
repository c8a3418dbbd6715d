/**
 * Issues raised while building the model. Model-wide issues that belong to no one file
 * (reps missing from the roster, the as-of date) have an empty `file`.
 */
import type { Issue } from '../schema/types.ts';

export interface IssuePlace {
  file: string;
  sheet?: string | null;
  row?: number | null;
}

export function modelIssue(
  severity: Issue['severity'],
  code: string,
  place: IssuePlace | null,
  message: string,
  detail: { column?: string | null; value?: string | null } = {},
): Issue {
  const value = detail.value ?? null;
  return {
    severity,
    code,
    file: place?.file ?? '',
    sheet: place?.sheet ?? null,
    row: place?.row ?? null,
    column: detail.column ?? null,
    value: value === null ? null : value.slice(0, 200),
    message,
  };
}

/** `deals.csv › Pipeline › row 14`, or `deals.csv` without a sheet and row. */
export function describePlace(place: IssuePlace): string {
  let text = place.file;
  if (place.sheet !== null && place.sheet !== undefined) text += ` › ${place.sheet}`;
  if (place.row !== null && place.row !== undefined) text += ` › row ${place.row}`;
  return text;
}

/** 'a', 'a and b', 'a, b and c'; past `limit` items: 'a, b, c and 4 more'. */
export function listNames(items: readonly string[], limit = 10): string {
  if (items.length > limit) return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `1 deal`, `3 deals`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
