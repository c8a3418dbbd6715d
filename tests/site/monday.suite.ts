/**
 * The sample site as a sales manager uses it on Monday, in the browser: opened from disk
 * (file://) it is styled, its scripts run and its links resolve; the weekly summary and every
 * rep's one-on-one sheet exist and print on at most two A4 or Letter pages; data/weekly.md and
 * the risk levels of data/deals.csv are there, with high risk a quarter of the open deals or fewer.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { browser, sampleSite, type Site } from './harness.ts';
import { htmlFiles } from './crawl.ts';

/** Pages of a PDF (each page object of the document). */
export function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

describe('sample site on Monday', () => {
  let site: Site;
  let deals: Record<string, string>[];

  beforeAll(async () => {
    site = await sampleSite();
    deals = Papa.parse<Record<string, string>>(await readFile(path.join(site.dir, 'data/deals.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  });

  it('opened from disk (file://), every page is styled, its scripts run, and every link and asset resolves to a file', async () => {
    const context = await (await browser()).newContext({ viewport: { width: 1440, height: 900 } });
    const problems: string[] = [];
    try {
      const page = await context.newPage();
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      for (const file of ['index.html', 'pipeline/index.html', 'risk/index.html', 'weekly/index.html', 'reps/index.html', 'methods/index.html']) {
        await page.goto(pathToFileURL(path.join(site.dir, file)).href, { waitUntil: 'load' });
        // The stylesheet applied (the header's border) and the table script ran (its filter form shows).
        const styled = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).borderBottomStyle === 'solid');
        if (!styled) problems.push(`${file}: not styled`);
        if ((await page.locator('form.table-filters').count()) > 0 && !(await page.locator('form.table-filters').first().isVisible())) problems.push(`${file}: the table script did not run`);
      }
      await page.goto(pathToFileURL(path.join(site.dir, 'index.html')).href);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipeline' }).click();
      expect(page.url()).toBe(pathToFileURL(path.join(site.dir, 'pipeline/index.html')).href);
      expect(await page.locator('h1').textContent()).toBe('Pipeline review');
    } finally {
      await context.close();
    }
    // Every href/src of every page points at a file of the folder.
    for (const file of await htmlFiles(site.dir)) {
      const html = await readFile(path.join(site.dir, file), 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        const url = m[1]!.replace(/&amp;/g, '&');
        if (url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue;
        if (url.startsWith('/')) {
          problems.push(`${file}: absolute link ${url}`);
          continue;
        }
        const target = path.join(site.dir, path.dirname(file), decodeURIComponent(url.split('#')[0]!.split('?')[0]!));
        if (!existsSync(target) || !statSync(target).isFile()) problems.push(`${file}: ${url} is no file`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('risk levels in data/deals.csv: every open deal has one, high is a quarter of them or fewer, closed deals none', () => {
    const open = deals.filter((d) => d.status === 'open' && d.disappeared === 'no');
    expect(open.length).toBeGreaterThan(0);
    expect(new Set(open.map((d) => d.risk_level))).toEqual(new Set(['high', 'medium', 'low', 'none']));
    const high = open.filter((d) => d.risk_level === 'high').length;
    expect(high).toBeGreaterThan(0);
    expect(high / open.length).toBeLessThanOrEqual(0.25);
    expect(deals.filter((d) => d.status !== 'open').every((d) => d.risk_level === '')).toBe(true);
  });

  it('the weekly summary is a page and data/weekly.md, with the same sections', async () => {
    const md = await readFile(path.join(site.dir, 'data/weekly.md'), 'utf8');
    const html = await readFile(path.join(site.dir, 'weekly/index.html'), 'utf8');
    for (const heading of ['Forecast move', 'What changed since', 'Deals to discuss', 'Reps to check in with']) {
      expect(md).toContain(`## ${heading}`);
      expect(html).toContain(heading);
    }
  });

  it('every rep with open deals has a one-on-one sheet; it and the weekly summary print on at most two A4 or Letter pages', async () => {
    const owners = [...new Set(deals.filter((d) => d.status === 'open' && d.disappeared === 'no').map((d) => d.owner))];
    const sheets = (await htmlFiles(site.dir)).filter((f) => /^reps\/[^/]+\/one-on-one\/index\.html$/.test(f));
    expect(sheets.length).toBe(owners.length);
    const context = await (await browser()).newContext();
    const over: string[] = [];
    try {
      const page = await context.newPage();
      for (const file of ['weekly/index.html', ...sheets]) {
        await page.goto(`${site.url}${file.replace(/index\.html$/, '')}`, { waitUntil: 'load' });
        const name = await page.locator('h1').textContent();
        if (file !== 'weekly/index.html' && !owners.some((o) => name === `One-on-one: ${o}`)) over.push(`${file}: "${name}" is no rep with open deals`);
        for (const format of ['A4', 'Letter'] as const) {
          const pages = pdfPages(await page.pdf({ format }));
          if (pages > 2) over.push(`${file}: ${pages} ${format} pages`);
        }
      }
    } finally {
      await context.close();
    }
    expect(over).toEqual([]);
  });
});
