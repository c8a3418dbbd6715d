/**
 * DataTable.astro, Chart.astro and their client scripts in a browser, on the fixture site's
 * hand-built tables (tests/fixtures/site/tableSite/src/fixtureTables.ts). Every expected order,
 * count and total is worked out by hand below.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, fixtureSite, type Site } from './harness.ts';

const TABLE = '#fixture-deals-table';

/** Row headers (deal names) of the rows shown, in order. */
async function shownDeals(page: Page): Promise<string[]> {
  return page.$$eval(`${TABLE} tbody tr:not([hidden]) > th`, (ths) => ths.map((th) => th.textContent ?? ''));
}

/** Footer cells as seen on screen (without the visually hidden words). */
async function footer(page: Page): Promise<string[]> {
  return page.$$eval(`${TABLE} tfoot tr > *`, (cells) =>
    cells.map((c) => {
      const copy = c.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
      return (copy.textContent ?? '').trim();
    }),
  );
}

async function status(page: Page): Promise<string> {
  return (await page.locator('[data-qd-table="fixture-deals"] .table-status').textContent()) ?? '';
}

async function sortState(page: Page): Promise<Record<string, string>> {
  return page.$$eval(`${TABLE} thead th[aria-sort]`, (ths) => Object.fromEntries(ths.map((th) => [th.textContent ?? '', th.getAttribute('aria-sort') ?? ''])));
}

describe('tables and charts in the browser (fixture site)', () => {
  let site: Site;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    site = await fixtureSite();
    context = await (await browser()).newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  async function open(path = ''): Promise<string[]> {
    const errors: string[] = [];
    page.removeAllListeners('console');
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
    return errors;
  }

  it('rows start in the default order, amount descending, unknown amount last', async () => {
    const errors = await open();
    // 100000 Hotel, 50000 Bravo, 22000 Golf, 12000 Alpha, 7500 Charlie, 300 Foxtrot, -1200 Echo, unknown Delta.
    expect(await shownDeals(page)).toEqual(['Hotel, "the big one"', 'Bravo', 'Golf', 'Alpha', 'Charlie', 'Foxtrot', 'Echo', 'Delta']);
    expect(await sortState(page)).toEqual({ Amount: 'descending' });
    expect(await footer(page)).toEqual(['Total', '', '', '$190,600', '54%', '', '11', '']);
    expect(errors).toEqual([]);
  });

  it('loads the table script once for two tables, as an external module', async () => {
    await open();
    const scripts = await page.$$eval('script', (ss) => ss.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type'), text: s.textContent })));
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatchObject({ type: 'module', text: '' });
    expect(scripts[0]!.src).toMatch(/^\/_assets\/.+\.js$/);
  });

  it('a click on a header button sorts, and aria-sort follows', async () => {
    await open();
    await page.getByRole('button', { name: 'Amount', exact: true }).click();
    // Ascending: -1200 Echo, 300 Foxtrot, 7500 Charlie, 12000 Alpha, 22000 Golf, 50000 Bravo, 100000 Hotel; unknown still last.
    expect(await shownDeals(page)).toEqual(['Echo', 'Foxtrot', 'Charlie', 'Alpha', 'Golf', 'Bravo', 'Hotel, "the big one"', 'Delta']);
    expect(await sortState(page)).toEqual({ Amount: 'ascending' });
    expect(await status(page)).toBe('Sorted by Amount, ascending.');

    // A numeric column sorts largest first on its first click: 0.9 Bravo, 0.8 Charlie, 0.75 Golf, 0.5 Alpha, 0.4 Echo, 0.3 Hotel, 0.1 Delta, unknown Foxtrot.
    await page.getByRole('button', { name: 'Probability', exact: true }).click();
    expect(await shownDeals(page)).toEqual(['Bravo', 'Charlie', 'Golf', 'Alpha', 'Echo', 'Hotel, "the big one"', 'Delta', 'Foxtrot']);
    expect(await sortState(page)).toEqual({ Probability: 'descending' });

    // Dates: 2026-09-30 Bravo, 10-01 Alpha, 10-15 Charlie, 10-31 Golf, 11-02 Echo, 12-20 Foxtrot, 2027-01-15 Hotel, unknown Delta.
    await page.getByRole('button', { name: 'Close date', exact: true }).click();
    expect(await shownDeals(page)).toEqual(['Bravo', 'Alpha', 'Charlie', 'Golf', 'Echo', 'Foxtrot', 'Hotel, "the big one"', 'Delta']);
  });

  it('Enter on a focused header button sorts text ascending, then descending', async () => {
    await open();
    const deal = page.getByRole('button', { name: 'Deal', exact: true });
    await deal.focus();
    await page.keyboard.press('Enter');
    expect(await shownDeals(page)).toEqual(['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel, "the big one"']);
    expect(await sortState(page)).toEqual({ Deal: 'ascending' });
    await page.keyboard.press('Enter');
    expect(await shownDeals(page)).toEqual(['Hotel, "the big one"', 'Golf', 'Foxtrot', 'Echo', 'Delta', 'Charlie', 'Bravo', 'Alpha']);
    expect(await sortState(page)).toEqual({ Deal: 'descending' });
  });

  it('a column marked not sortable has no button', async () => {
    await open();
    expect(await page.locator(`${TABLE} thead th`, { hasText: 'Next step' }).locator('button').count()).toBe(0);
    expect(await page.locator(`${TABLE} thead th button`).count()).toBe(7);
  });

  it('the selects filter rows, the live region counts them and additive totals are recomputed', async () => {
    await open();
    const form = page.getByRole('form', { name: 'Filter fixture deals' });
    await expect(form.isVisible()).resolves.toBe(true);

    await page.getByLabel('Stage', { exact: true }).selectOption('Negotiation');
    // Negotiation: Bravo 50000 (2 pushes), Golf 22000 (1), Charlie 7500 (1) -> $79,500 and 4 pushes; probability is not a sum.
    expect(await shownDeals(page)).toEqual(['Bravo', 'Golf', 'Charlie']);
    expect(await status(page)).toBe('3 of 8 deals shown.');
    expect(await footer(page)).toEqual(['Total', '', '', '$79,500', '—', '', '4', '']);
    expect(await page.locator(`${TABLE} tfoot td`).nth(3).locator('.visually-hidden').textContent()).toBe('not recomputed for the rows shown');

    await page.getByLabel('Owner', { exact: true }).selectOption('Ana');
    // Negotiation and Ana: Charlie alone.
    expect(await shownDeals(page)).toEqual(['Charlie']);
    expect(await status(page)).toBe('1 of 8 deals shown.');
    expect(await footer(page)).toEqual(['Total', '', '', '$7,500', '—', '', '1', '']);

    await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'All' });
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: 'Cy' });
    // Cy: Golf 22000 (1 push) and Delta (amount and pushes unknown) -> $22,000 and 1.
    expect(await shownDeals(page)).toEqual(['Golf', 'Delta']);
    expect(await status(page)).toBe('2 of 8 deals shown.');
    expect(await footer(page)).toEqual(['Total', '', '', '$22,000', '—', '', '1', '']);

    await page.getByLabel('Owner', { exact: true }).selectOption({ label: '(unknown)' });
    expect(await shownDeals(page)).toEqual(['Hotel, "the big one"']);
    expect(await footer(page)).toEqual(['Total', '', '', '$100,000', '—', '', '4', '']);

    // Sorting keeps the filter.
    await page.getByRole('button', { name: 'Deal', exact: true }).click();
    expect(await shownDeals(page)).toEqual(['Hotel, "the big one"']);

    await page.locator('[data-qd-table="fixture-deals"]').getByRole('button', { name: 'Show all' }).click();
    await expect.poll(() => status(page)).toBe('All 8 deals shown.');
    expect(await footer(page)).toEqual(['Total', '', '', '$190,600', '54%', '', '11', '']);
  });

  it("a list column's filter offers each item and keeps the rows whose list holds it", async () => {
    await open();
    const small = '[data-qd-table="fixture-small"]';
    const shownStages = () => page.$$eval(`${small} tbody tr:not([hidden]) > th`, (ths) => ths.map((th) => th.textContent ?? ''));
    const reps = page.getByLabel('Reps', { exact: true });
    expect(await reps.locator('option').allTextContents()).toEqual(['All', 'Ana', 'Bo', 'Cy', '(unknown)']);
    // Ana has deals at Prospecting (Ana, Cy) and Proposal (Ana, Bo); Bo at Proposal only; nobody listed at Negotiation.
    await reps.selectOption('Ana');
    expect(await shownStages()).toEqual(['Prospecting', 'Proposal']);
    expect(await page.locator(`${small} .table-status`).textContent()).toBe('2 of 3 rows shown.');
    await reps.selectOption('Bo');
    expect(await shownStages()).toEqual(['Proposal']);
    await reps.selectOption({ label: '(unknown)' });
    expect(await shownStages()).toEqual(['Negotiation']);
    // The deals table is left as it was.
    expect(await shownDeals(page)).toHaveLength(8);
  });

  it('a filter that leaves no amount shows the total as unknown', async () => {
    await open();
    await page.getByLabel('Stage', { exact: true }).selectOption('Prospecting');
    await page.getByLabel('Owner', { exact: true }).selectOption('Cy');
    // Prospecting and Cy: Delta alone, amount unknown.
    expect(await shownDeals(page)).toEqual(['Delta']);
    const amount = page.locator(`${TABLE} tfoot td`).nth(2);
    expect(await amount.locator('.visually-hidden').textContent()).toBe('unknown');
  });

  it('the CSV link downloads the rows in the default order, neutralised and quoted', async () => {
    await open();
    const href = await page.locator('[data-qd-table="fixture-deals"] a.csv-link').getAttribute('href');
    expect(href).toBe('/csv/fixture-deals.csv');
    const response = await fetch(new URL(href!, site.url));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe(
      [
        'Deal,Owner,Stage,Amount (USD),Probability,Close date,Pushes,Next step',
        '"Hotel, ""the big one""",,Proposal,100000,0.3,2027-01-15,4,Legal review',
        'Bravo,Bo,Negotiation,50000,0.9,2026-09-30,2,"\'=HYPERLINK(""http://example.invalid"")"',
        "Golf,Cy,Negotiation,22000,0.75,2026-10-31,1,'+1 call",
        'Alpha,Ana,Proposal,12000,0.5,2026-10-01,0,Send quote',
        'Charlie,Ana,Negotiation,7500,0.8,2026-10-15,1,',
        'Foxtrot,Ana,Prospecting,300,,2026-12-20,0,Demo',
        "Echo,Bo,Proposal,-1200,0.4,2026-11-02,3,'-",
        "Delta,Cy,Prospecting,,0.1,,,'@call Cy",
        '',
      ].join('\r\n'),
    );
  });

  it('without JavaScript every row is there in the default order and the filters stay hidden', async () => {
    const noJs = await (await browser()).newContext({ javaScriptEnabled: false });
    try {
      const p = await noJs.newPage();
      await p.goto(site.url);
      expect(await p.$$eval(`${TABLE} tbody tr > th`, (ths) => ths.map((th) => th.textContent))).toEqual(['Hotel, "the big one"', 'Bravo', 'Golf', 'Alpha', 'Charlie', 'Foxtrot', 'Echo', 'Delta']);
      expect(await p.locator('form.table-filters').first().isVisible()).toBe(false);
      expect(await p.locator('thead th button').count()).toBe(0);
      expect(await p.locator('a.csv-link').count()).toBe(2);
      await p.goto(`${site.url}charts/`);
      expect(await p.locator('figure svg[role="img"]').count()).toBe(1);
      expect(await p.locator('button.chart-download').isVisible()).toBe(false);
    } finally {
      await noJs.close();
    }
  });

  it('the chart script shows "Download SVG" and saves the figure as a standalone SVG', async () => {
    const errors = await open('charts/');
    const button = page.getByRole('button', { name: 'Download SVG' });
    expect(await button.isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('fixture-bars.svg');
    const svg = await readFile((await download.path())!, 'utf8');
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('<title id="fixture-bars-svgtitle">Bravo is the largest deal</title>');
    expect(svg).toMatch(/style="[^"]*color: rgb\(/);
    expect(errors).toEqual([]);
  });
});
