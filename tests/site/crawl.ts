/**
 * Crawls a served site from its home page (plus any HTML file in the build, so a page no link
 * reaches is still checked), following internal links. Each HTML page is opened in the browser
 * once: console errors, page errors, failed requests, HTTP errors and requests to any other
 * origin are recorded, and `visit` runs on the open page (axe, screenshots...). Other internal
 * targets (CSV files...) are fetched and must answer 200.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Site } from './harness.ts';

export interface PageReport {
  url: string;
  /** Path inside the site, `/` for the home page, e.g. `/data/`. */
  sitePath: string;
  /** For file names: `overview`, `data`, `reps-ana-lopez`. */
  name: string;
  problems: string[];
  thirdParty: string[];
  tableRows: number;
  svgs: number;
}

export interface CrawlReport {
  pages: PageReport[];
  /** `from -> href: status` */
  brokenLinks: string[];
  /** Non-HTML internal targets that answered 200 (CSV files...). */
  files: string[];
}

export interface CrawlOptions {
  visit?: (page: Page, report: PageReport) => Promise<void>;
  /** Seed the crawl with every HTML file in the build (default true). */
  seedFromBuild?: boolean;
}

export async function crawlSite(browser: Browser, site: Site, options: CrawlOptions = {}): Promise<CrawlReport> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  let current: PageReport | null = null;
  page.on('console', (msg) => {
    if (msg.type() === 'error') current?.problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => current?.problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => current?.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`));
  page.on('response', (response) => {
    if (response.status() >= 400) current?.problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== site.origin) current?.thirdParty.push(url);
  });

  const seen = new Set<string>();
  const queue: { url: string; from: string }[] = [{ url: site.url, from: '(start)' }];
  if (options.seedFromBuild ?? true) {
    for (const file of await htmlFiles(site.dir)) {
      const sitePath = file === 'index.html' ? '' : file.replace(/index\.html$/, '');
      queue.push({ url: `${site.url}${sitePath}`, from: '(build folder)' });
    }
  }
  const report: CrawlReport = { pages: [], brokenLinks: [], files: [] };

  try {
    while (queue.length > 0) {
      const { url, from } = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const head = await fetch(url, { redirect: 'follow' });
      await head.arrayBuffer();
      if (head.status !== 200) {
        report.brokenLinks.push(`${from} -> ${url}: ${head.status}`);
        continue;
      }
      if (!(head.headers.get('content-type') ?? '').startsWith('text/html')) {
        report.files.push(url);
        continue;
      }
      const sitePath = new URL(url).pathname.slice(site.base.length - 1) || '/';
      current = { url, sitePath, name: pageName(sitePath), problems: [], thirdParty: [], tableRows: 0, svgs: 0 };
      await page.goto(url, { waitUntil: 'load' });
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      current.tableRows = await page.locator('table tbody tr').count();
      current.svgs = await page.locator('svg').count();
      for (const link of links) {
        const target = new URL(link);
        if (target.origin !== site.origin) continue;
        target.hash = '';
        // Links name index.html (so the site works from disk); the server answers the folder too.
        if (target.pathname.endsWith('/index.html')) target.pathname = target.pathname.slice(0, -'index.html'.length);
        if (!seen.has(target.href)) queue.push({ url: target.href, from: sitePath });
      }
      await options.visit?.(page, current);
      report.pages.push(current);
      current = null;
    }
  } finally {
    await context.close();
  }
  return report;
}

/** `/` -> overview, `/reps/ana-lopez/` -> reps-ana-lopez. */
export function pageName(sitePath: string): string {
  const trimmed = sitePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return trimmed === '' ? 'overview' : trimmed.replace(/[^A-Za-z0-9-]+/g, '-');
}

/** Every .html file of a build, relative, with `/` separators. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries
    .filter((e) => e.endsWith('.html'))
    .map((e) => e.split(path.sep).join('/'))
    .sort();
}
