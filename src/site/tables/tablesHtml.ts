/**
 * A TableDef as accessible static HTML (DataTable.astro wraps it and loads the client script).
 * Everything works without JavaScript: all rows are present, in the default order, with a
 * caption, column and row headers, totals in <tfoot> and a link to the CSV file. The filter form
 * stays hidden until the script makes it work; numeric cells carry their raw value in
 * `data-value` for sorting and for totals of the rows a filter leaves.
 */
import type { CellValue, TableColumn, TableDef } from './tableTypes.ts';
import { columnAdditive } from './additiveTotals.ts';
import { columnAlign } from './checkTable.ts';
import { formatCell, UNKNOWN_HTML } from '../format/tablesFormat.ts';
import { knownValue, tablesSort } from './tablesSort.ts';

export interface TableHtmlOptions {
  /** The site's base path, ending with `/` (Astro's BASE_URL). */
  base: string;
}

export function tablesHtml(table: TableDef, options: TableHtmlOptions): string {
  const id = table.id;
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const noun = table.rowNoun ?? { one: 'row', other: 'rows' };
  const rowHeader = table.rowHeader === undefined ? table.columns[0]!.key : table.rowHeader;
  const rows = tablesSort(table);
  const format = (value: CellValue | undefined, column: TableColumn) =>
    formatCell(value, column.kind, { ...(table.currency !== undefined ? { currency: table.currency } : {}), ...(column.digits !== undefined ? { digits: column.digits } : {}) });

  const head = table.columns.map((c) => {
    const attrs = [
      'scope="col"',
      `data-kind="${c.kind}"`,
      columnAlign(c) === 'right' ? 'class="num"' : '',
      c.sortable === false ? '' : 'data-sortable',
      c.digits !== undefined ? `data-digits="${c.digits}"` : '',
      table.defaultSort?.key === c.key ? `aria-sort="${table.defaultSort.direction}"` : '',
    ];
    return `<th ${attrs.filter((a) => a !== '').join(' ')}>${escapeHtml(c.label)}</th>`;
  });

  const body = rows.map((row) => {
    const cells = table.columns.map((c) => {
      const value = row[c.key];
      const known = knownValue(value);
      const text = format(value, c);
      const tag = c.key === rowHeader ? 'th' : 'td';
      const attrs = [
        tag === 'th' ? 'scope="row"' : '',
        columnAlign(c) === 'right' ? 'class="num"' : '',
        known === null ? 'data-value=""' : c.kind !== 'text' && c.kind !== 'date' ? `data-value="${escapeHtml(String(known))}"` : '',
      ].filter((a) => a !== '');
      return `<${tag}${attrs.length > 0 ? ` ${attrs.join(' ')}` : ''}>${text === null ? UNKNOWN_HTML : escapeHtml(text)}</${tag}>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  if (rows.length === 0) {
    body.push(`<tr data-empty><td colspan="${table.columns.length}">No ${escapeHtml(noun.other)}.</td></tr>`);
  }

  const foot = table.totals ? totalsRow(table, rowHeader, format) : '';
  const filters = filterForm(table, rows);
  const csv = `${base}csv/${id}.csv`;

  return (
    `<div class="data-table" data-qd-table="${id}"${table.currency !== undefined ? ` data-currency="${escapeHtml(table.currency)}"` : ''} data-noun-one="${escapeHtml(noun.one)}" data-noun-other="${escapeHtml(noun.other)}">` +
    `<div class="table-tools">${filters}` +
    `<a class="csv-link" href="${escapeHtml(csv)}" download="${id}.csv">Download CSV<span class="visually-hidden"> of ${escapeHtml(table.title)}</span></a></div>` +
    `<p class="table-status" role="status"></p>` +
    `<div class="table-wrap" role="region" tabindex="0" aria-labelledby="${id}-caption">` +
    `<table id="${id}-table">` +
    `<caption id="${id}-caption"><span class="table-title">${escapeHtml(table.title)}</span> <span class="table-caption">${escapeHtml(table.caption)}</span></caption>` +
    `<thead><tr>${head.join('')}</tr></thead>` +
    `<tbody>${body.join('')}</tbody>` +
    foot +
    `</table></div></div>`
  );
}

function totalsRow(table: TableDef, rowHeader: string | null, format: (value: CellValue | undefined, column: TableColumn) => string | null): string {
  const totals = table.totals!;
  const cells = table.columns.map((c, i) => {
    const has = Object.hasOwn(totals, c.key);
    const value = has ? totals[c.key] : undefined;
    const tag = i === 0 && rowHeader !== null ? 'th' : 'td';
    const scope = tag === 'th' ? ' scope="row"' : '';
    const align = columnAlign(c) === 'right' ? ' class="num"' : '';
    if (!has) return `<${tag}${scope}${align}>${i === 0 ? 'Total' : ''}</${tag}>`;
    const known = knownValue(value);
    const text = format(value, c);
    const attrs = ` data-total${columnAdditive(c) ? ' data-additive' : ''} data-value="${known === null ? '' : escapeHtml(String(known))}"`;
    return `<${tag}${scope}${align}${attrs}>${text === null ? UNKNOWN_HTML : escapeHtml(text)}</${tag}>`;
  });
  return `<tfoot><tr>${cells.join('')}</tr></tfoot>`;
}

function filterForm(table: TableDef, rows: readonly Record<string, CellValue>[]): string {
  const keys = table.filters ?? [];
  if (keys.length === 0) return '';
  const selects = keys.map((key) => {
    const index = table.columns.findIndex((c) => c.key === key);
    const column = table.columns[index]!;
    const separator = column.listSeparator;
    const values = new Set<string>();
    let unknown = false;
    for (const row of rows) {
      const known = knownValue(row[key]);
      if (known === null) unknown = true;
      else if (separator === undefined) values.add(String(known));
      else for (const item of String(known).split(separator)) values.add(item);
    }
    const sorted = [...values].sort(collator.compare);
    const options = [
      '<option>All</option>',
      ...sorted.map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`),
      ...(unknown ? ['<option value="">(unknown)</option>'] : []),
    ];
    const selectId = `${table.id}-filter-${key}`;
    const list = separator === undefined ? '' : ` data-list="${escapeHtml(separator)}"`;
    return `<div class="table-filter"><label for="${selectId}">${escapeHtml(column.label)}</label><select id="${selectId}" data-col="${index}"${list}>${options.join('')}</select></div>`;
  });
  return `<form class="table-filters" aria-label="Filter ${escapeHtml(table.title.toLowerCase())}" hidden>${selects.join('')}<button type="reset">Show all</button></form>`;
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}
