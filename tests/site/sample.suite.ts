/**
 * The shipped sample site (data/), built once at `/` and once under a base path: the common
 * site checks, plus the overview's size and a real table's sorting and filtering.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BASE_PATH, browser, sampleSite, type Site } from './harness.ts';
import { describeSiteChecks } from './siteChecks.ts';

describeSiteChecks('sample site', () => sampleSite(), {
  axe: true,
  screenshots: { prefix: '' },
  withoutJs: true,
  // The full risk list and the quarter retrospectives (printed as the leadership pack) may run long.
  layout: { maxHeight: 12_000, tallAllowed: /^\/(risk\/|quarters\/[^/]+\/)$/ },
});

describeSiteChecks(`sample site under ${BASE_PATH}`, () => sampleSite(BASE_PATH));

describe('sample site pages', () => {
  let site: Site;

  beforeAll(async () => {
    site = await sampleSite();
  });

  it("the overview's HTML is under 200 KB", async () => {
    const file = path.join(site.dir, 'index.html');
    const info = await stat(file).catch(() => null);
    expect(info, 'the overview page (index.html) was not built').not.toBeNull();
    expect(info!.size).toBeLessThan(200 * 1024);
  });

  it("the Data page's row-accounting table sorts and filters, with totals of the rows shown", async () => {
    const context = await (await browser()).newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${site.url}data/`);
      const root = page.locator('[data-qd-table="data-files"]');
      const table = root.locator('table');
      const all = await table.locator('tbody tr').count();
      expect(all).toBeGreaterThan(1);

      // Read is the 6th column (File, Sheet, Kind, Format, Header row, Read).
      await root.getByRole('button', { name: 'Read', exact: true }).click();
      expect(await root.locator('th', { hasText: /^Read/ }).getAttribute('aria-sort')).toBe('descending');
      const read = await table.locator('tbody tr:not([hidden])').evaluateAll((rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[5]!.dataset.value)));
      expect(read).toEqual([...read].sort((a, b) => b - a));

      await root.getByLabel('Kind', { exact: true }).selectOption('deals');
      const shown = table.locator('tbody tr:not([hidden])');
      const kinds = await shown.evaluateAll((rows) => rows.map((r) => (r as HTMLTableRowElement).cells[2]!.textContent));
      expect(kinds.length).toBeGreaterThan(0);
      expect(new Set(kinds)).toEqual(new Set(['deals']));
      expect(await root.locator('.table-status').textContent()).toBe(`${kinds.length} of ${all} files and sheets shown.`);
      // The footer's Read total is the sum of the Read cells shown.
      const shownRead = await shown.evaluateAll((rows) => rows.map((r) => Number((r as HTMLTableRowElement).cells[5]!.dataset.value)));
      const sum = shownRead.reduce((a, b) => a + b, 0);
      expect(await table.locator('tfoot tr > *').nth(5).textContent()).toBe(new Intl.NumberFormat('en-US').format(sum));
    } finally {
      await context.close();
    }
  });
});
