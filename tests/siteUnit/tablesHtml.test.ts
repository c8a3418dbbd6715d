import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { TableDef } from '../../src/site/tables/tableTypes.ts';
import { tablesHtml } from '../../src/site/tables/tablesHtml.ts';

const table: TableDef = {
  id: 'test-deals',
  title: 'Test deals',
  caption: 'Four deals <with> "markup".',
  columns: [
    { key: 'name', label: 'Deal', kind: 'text' },
    { key: 'stage', label: 'Stage', kind: 'text' },
    { key: 'amount', label: 'Amount', kind: 'money' },
    { key: 'probability', label: 'Probability', kind: 'percent' },
    { key: 'close', label: 'Close date', kind: 'date' },
  ],
  rows: [
    { name: 'Small <b>', stage: 'Proposal', amount: 1200, probability: 0.5, close: '2026-10-01' },
    { name: 'Big', stage: 'Negotiation', amount: 250000, probability: 0.9, close: '2026-09-30' },
    { name: 'Unknown amount', stage: null, amount: null, probability: null, close: null },
    { name: 'Cut', stage: 'Proposal', amount: -300, probability: 0.05, close: '2026-11-15' },
  ],
  totals: { amount: 250900, probability: 0.6 },
  filters: ['stage'],
  defaultSort: { key: 'amount', direction: 'descending' },
  currency: 'USD',
  rowNoun: { one: 'deal', other: 'deals' },
};

function render(def: TableDef = table, base = '/') {
  const { document } = parseHTML(`<!doctype html><html><body>${tablesHtml(def, { base })}</body></html>`);
  return document;
}

describe('tablesHtml', () => {
  it('tablesHtml renders a caption with the title and the escaped caption', () => {
    const doc = render();
    const caption = doc.querySelector('caption')!;
    expect(caption.querySelector('.table-title')!.textContent).toBe('Test deals');
    expect(caption.querySelector('.table-caption')!.textContent).toBe('Four deals <with> "markup".');
    expect(doc.querySelector('.table-wrap')!.getAttribute('aria-labelledby')).toBe(caption.id);
  });

  it('tablesHtml rows are in the default order (amount descending, unknown last) with row headers', () => {
    const doc = render();
    const heads = [...doc.querySelectorAll('tbody tr th[scope="row"]')].map((th) => th.textContent);
    expect(heads).toEqual(['Big', 'Small <b>', 'Cut', 'Unknown amount']);
    expect([...doc.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col']);
  });

  it('tablesHtml numeric cells are right-aligned with the raw value in data-value', () => {
    const doc = render();
    const first = doc.querySelector('tbody tr')!;
    const amount = first.children[2]!;
    expect(amount.textContent).toBe('$250,000');
    expect(amount.getAttribute('data-value')).toBe('250000');
    expect(amount.getAttribute('class')).toBe('num');
    const probability = first.children[3]!;
    expect(probability.textContent).toBe('90%');
    expect(probability.getAttribute('data-value')).toBe('0.9');
    expect(first.children[4]!.textContent).toBe('2026-09-30');
    expect(first.children[4]!.hasAttribute('class')).toBe(false);
    expect(doc.querySelector('thead th[data-kind="money"]')!.getAttribute('aria-sort')).toBe('descending');
  });

  it('tablesHtml shows unknown values as a dash with a hidden "unknown" and an empty data-value', () => {
    const doc = render();
    const last = [...doc.querySelectorAll('tbody tr')].at(-1)!;
    const amount = last.children[2]!;
    expect(amount.getAttribute('data-value')).toBe('');
    expect(amount.querySelector('[aria-hidden="true"]')!.textContent).toBe('—');
    expect(amount.querySelector('.visually-hidden')!.textContent).toBe('unknown');
    expect(last.children[1]!.getAttribute('data-value')).toBe('');
  });

  it('tablesHtml puts totals in tfoot: "Total" row header, sums marked additive', () => {
    const doc = render();
    const cells = [...doc.querySelectorAll('tfoot tr > *')];
    expect(cells.map((c) => c.textContent)).toEqual(['Total', '', '$250,900', '60%', '']);
    expect(cells[0]!.tagName).toBe('TH');
    expect(cells[2]!.hasAttribute('data-additive')).toBe(true);
    expect(cells[3]!.hasAttribute('data-additive')).toBe(false);
    expect(cells[3]!.hasAttribute('data-total')).toBe(true);
  });

  it('tablesHtml offers a hidden filter form with sorted distinct values and (unknown)', () => {
    const doc = render();
    const form = doc.querySelector('form.table-filters')!;
    expect(form.hasAttribute('hidden')).toBe(true);
    const select = form.querySelector('select')!;
    expect(select.getAttribute('data-col')).toBe('1');
    expect([...select.querySelectorAll('option')].map((o) => [o.textContent, o.getAttribute('value')])).toEqual([
      ['All', null],
      ['Negotiation', 'Negotiation'],
      ['Proposal', 'Proposal'],
      ['(unknown)', ''],
    ]);
    const label = form.querySelector('label')!;
    expect(label.textContent).toBe('Stage');
    expect(label.getAttribute('for')).toBe(select.getAttribute('id'));
  });

  it('a list column\'s filter offers each item once, sorted, and marks the select with the separator', () => {
    const listed: TableDef = {
      ...table,
      columns: [...table.columns, { key: 'flags', label: 'Flags', kind: 'text', listSeparator: ' | ' }],
      rows: [
        { ...table.rows[0]!, flags: 'Stale | Past due' },
        { ...table.rows[1]!, flags: 'Stale' },
        { ...table.rows[2]!, flags: null },
        { ...table.rows[3]!, flags: 'Amount cut | Stale' },
      ],
      filters: ['flags'],
    };
    const select = render(listed).querySelector('form.table-filters select')!;
    expect(select.getAttribute('data-list')).toBe(' | ');
    expect([...select.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All', 'Amount cut', 'Past due', 'Stale', '(unknown)']);
    // A column without a separator is filtered on whole values, with no data-list.
    expect(render().querySelector('form.table-filters select')!.hasAttribute('data-list')).toBe(false);
  });

  it('tablesHtml links the CSV file under the base path', () => {
    expect(render(table, '/').querySelector('a.csv-link')!.getAttribute('href')).toBe('/csv/test-deals.csv');
    expect(render(table, '/sales/q3/').querySelector('a.csv-link')!.getAttribute('href')).toBe('/sales/q3/csv/test-deals.csv');
    expect(render(table, '/sales/q3').querySelector('a.csv-link')!.getAttribute('href')).toBe('/sales/q3/csv/test-deals.csv');
  });

  it('tablesHtml escapes text cells', () => {
    const html = tablesHtml(table, { base: '/' });
    expect(html).toContain('Small &lt;b&gt;');
    expect(html).not.toContain('<b>');
  });

  it('tablesHtml without rows says so, and without totals or filters has no tfoot or form', () => {
    const doc = render({ ...table, rows: [], totals: null, filters: [] });
    expect(doc.querySelector('tbody tr[data-empty]')!.textContent).toBe('No deals.');
    expect(doc.querySelector('tfoot')).toBeNull();
    expect(doc.querySelector('form')).toBeNull();
  });

  it('tablesHtml carries the currency and row nouns for the client script', () => {
    const root = render().querySelector('[data-qd-table]')!;
    expect(root.getAttribute('data-qd-table')).toBe('test-deals');
    expect(root.getAttribute('data-currency')).toBe('USD');
    expect(root.getAttribute('data-noun-other')).toBe('deals');
  });

  it('tablesHtml has no inline style or script', () => {
    const html = tablesHtml(table, { base: '/' });
    expect(html).not.toMatch(/<script|<style|\sstyle=/);
  });
});
