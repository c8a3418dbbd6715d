/**
 * Client script for the tables rendered by DataTable.astro: sortable columns (a button in each
 * header; aria-sort follows), the filter selects (rows hidden, a live region counts them; a
 * list column's select keeps the rows whose list holds the chosen item), and
 * footer totals recomputed for the rows shown where a column is a sum. Without JavaScript the
 * tables are complete, in their default order.
 */
import type { ColumnKind, SortDirection } from '../site/tables/tableTypes.ts';
import { formatCell, UNKNOWN_HTML } from '../site/format/tablesFormat.ts';
import { compareCells } from '../site/tables/tablesSort.ts';

const NUMERIC: ReadonlySet<string> = new Set(['money', 'number', 'percent', 'days']);

interface Column {
  th: HTMLTableCellElement;
  kind: ColumnKind;
  label: string;
  digits: number | undefined;
}

function enhance(root: HTMLElement): void {
  const table = root.querySelector('table');
  const tbody = table?.tBodies[0];
  if (!table || !tbody) return;
  const columns: Column[] = [...table.querySelectorAll<HTMLTableCellElement>('thead th')].map((th) => ({
    th,
    kind: (th.dataset.kind ?? 'text') as ColumnKind,
    label: th.textContent ?? '',
    digits: th.dataset.digits === undefined ? undefined : Number(th.dataset.digits),
  }));
  const rows = [...tbody.rows].filter((r) => !r.hasAttribute('data-empty'));
  const order = new Map(rows.map((r, i) => [r, i]));
  const status = root.querySelector<HTMLElement>('.table-status');
  const currency = root.dataset.currency;
  const noun = { one: root.dataset.nounOne ?? 'row', other: root.dataset.nounOther ?? 'rows' };

  const value = (row: HTMLTableRowElement, index: number): string | number | null => {
    const cell = row.cells[index];
    if (!cell) return null;
    const raw = cell.dataset.value ?? cell.textContent ?? '';
    if (raw === '') return null;
    if (!NUMERIC.has(columns[index]!.kind)) return raw;
    const n = Number(raw);
    return Number.isFinite(n) ? n : null;
  };

  // Sorting: a button in each sortable header.
  columns.forEach((column, index) => {
    if (!column.th.hasAttribute('data-sortable')) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...column.th.childNodes);
    const icon = document.createElement('span');
    icon.className = 'sort-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon);
    column.th.append(button);
    button.addEventListener('click', () => {
      const current = column.th.getAttribute('aria-sort');
      const direction: SortDirection =
        current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : NUMERIC.has(column.kind) ? 'descending' : 'ascending';
      sortBy(index, direction);
    });
  });

  const sortBy = (index: number, direction: SortDirection): void => {
    const kind = columns[index]!.kind;
    const sorted = [...rows].sort(
      (a, b) => compareCells(value(a, index), value(b, index), kind, direction) || order.get(a)! - order.get(b)!,
    );
    tbody.append(...sorted);
    for (const [i, column] of columns.entries()) {
      if (i === index) column.th.setAttribute('aria-sort', direction);
      else column.th.removeAttribute('aria-sort');
    }
    say(`Sorted by ${columns[index]!.label}, ${direction}.`);
  };

  // Filtering: the selects of the (hidden until now) form.
  const form = root.querySelector<HTMLFormElement>('form.table-filters');
  const selects = form ? [...form.querySelectorAll<HTMLSelectElement>('select[data-col]')] : [];
  const totals = [...table.querySelectorAll<HTMLTableCellElement>('tfoot [data-total]')];
  const originalTotals = new Map(totals.map((cell) => [cell, cell.innerHTML]));

  const applyFilters = (): void => {
    const active = selects
      .filter((s) => s.selectedIndex > 0)
      .map((s) => ({ index: Number(s.dataset.col), wanted: s.value, list: s.dataset.list }));
    let shown = 0;
    for (const row of rows) {
      // A list column keeps the rows whose list holds the chosen item; (unknown) keeps the empty ones.
      const visible = active.every(({ index, wanted, list }) => {
        const cell = value(row, index);
        return list === undefined || cell === null ? (cell ?? '') === wanted : String(cell).split(list).includes(wanted);
      });
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    updateTotals(shown < rows.length);
    const what = rows.length === 1 ? noun.one : noun.other;
    say(shown === rows.length ? `All ${rows.length} ${what} shown.` : `${shown} of ${rows.length} ${what} shown.`);
  };

  const updateTotals = (filtered: boolean): void => {
    for (const cell of totals) {
      if (!filtered) {
        cell.innerHTML = originalTotals.get(cell)!;
        continue;
      }
      const index = cell.cellIndex;
      const column = columns[index]!;
      if (!cell.hasAttribute('data-additive')) {
        cell.innerHTML = '<span aria-hidden="true">—</span><span class="visually-hidden">not recomputed for the rows shown</span>';
        continue;
      }
      let sum = 0;
      let any = false;
      for (const row of rows) {
        if (row.hidden) continue;
        const v = value(row, index);
        if (typeof v === 'number') {
          sum += v;
          any = true;
        }
      }
      const text = any
        ? formatCell(sum, column.kind, { ...(currency !== undefined ? { currency } : {}), ...(column.digits !== undefined ? { digits: column.digits } : {}) })
        : null;
      cell.textContent = '';
      if (text === null) cell.innerHTML = UNKNOWN_HTML;
      else cell.textContent = text;
    }
  };

  if (form && selects.length > 0) {
    form.hidden = false;
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', applyFilters);
    // The reset event fires before the selects are reset.
    form.addEventListener('reset', () => setTimeout(applyFilters, 0));
  }

  function say(message: string): void {
    if (status) status.textContent = message;
  }
}

for (const root of document.querySelectorAll<HTMLElement>('[data-qd-table]')) enhance(root);
