/**
 * The checks every built site gets: a crawl (console errors, failed requests, broken links,
 * third-party requests), axe on every page, screenshots, the pages without JavaScript, and the
 * build folder's CSP and JavaScript budget.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, it } from 'vitest';
import { crawlSite, htmlFiles, type CrawlReport } from './crawl.ts';
import { cspProblems, pageScripts } from './distChecks.ts';
import { browser, SCREENSHOTS, type Site } from './harness.ts';

export const JS_BUDGET_BYTES = 20 * 1024;

export interface SiteCheckOptions {
  /** Run axe-core (wcag2a, wcag2aa) on every page. */
  axe?: boolean;
  /** Write full-page screenshots at 1440 and 390 px to tests/output/screenshots/<prefix><page>-<width>.png. */
  screenshots?: { prefix: string } | null;
  /** Open every page again with JavaScript disabled. */
  withoutJs?: boolean;
  /**
   * Layout at 1440 px (with the screenshots): no page taller than `maxHeight` except the pages
   * matching `tallAllowed`; every key column of every shown table (th[data-key-column]) inside
   * the window and its table box without scrolling sideways.
   */
  layout?: { maxHeight: number; tallAllowed: RegExp } | null;
}

/** Key columns (th[data-key-column]) of the tables on screen that lie outside the window or their scroll box. */
async function hiddenKeyColumns(page: import('playwright-core').Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const th of document.querySelectorAll<HTMLElement>('th[data-key-column]')) {
      const box = th.getBoundingClientRect();
      if ((box.width === 0 && box.height === 0) || !th.checkVisibility()) continue; // inside a closed <details>
      const wrap = th.closest<HTMLElement>('.table-wrap');
      const right = Math.min(window.innerWidth, wrap ? wrap.getBoundingClientRect().right : window.innerWidth);
      if (box.right > right + 1) {
        const id = th.closest<HTMLElement>('[data-qd-table]')?.dataset.qdTable ?? '?';
        out.push(`${id}: ${th.textContent?.trim()} ends at ${Math.round(box.right)} px (visible to ${Math.round(right)})`);
      }
    }
    return out;
  });
}

export function describeSiteChecks(label: string, load: () => Promise<Site>, options: SiteCheckOptions = {}): void {
  describe(label, () => {
    let site: Site;
    let crawl: CrawlReport;
    const axeViolations: string[] = [];
    const screenshots: string[] = [];
    const sideways: string[] = [];
    const tooTall: string[] = [];
    const keyColumns: string[] = [];

    beforeAll(async () => {
      site = await load();
      if (options.screenshots) await mkdir(SCREENSHOTS, { recursive: true });
      crawl = await crawlSite(await browser(), site, {
        visit: async (page, report) => {
          if (options.axe) {
            const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
            for (const v of results.violations) {
              if (v.impact !== 'serious' && v.impact !== 'critical') continue;
              const targets = v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ');
              axeViolations.push(`${report.sitePath}: ${v.impact} ${v.id} (${v.help}) × ${v.nodes.length}: ${targets}`);
            }
          }
          if (options.screenshots) {
            for (const width of [1440, 390]) {
              await page.setViewportSize({ width, height: width === 1440 ? 900 : 844 });
              const file = path.join(SCREENSHOTS, `${options.screenshots.prefix}${report.name}-${width}.png`);
              await page.screenshot({ path: file, fullPage: true });
              screenshots.push(file);
              const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
              if (scrollWidth > width) sideways.push(`${report.sitePath}: ${scrollWidth} px wide at ${width} px`);
              if (options.layout && width === 1440) {
                const height = await page.evaluate(() => document.documentElement.scrollHeight);
                if (height > options.layout.maxHeight && !options.layout.tallAllowed.test(report.sitePath)) tooTall.push(`${report.sitePath}: ${height} px`);
                for (const problem of await hiddenKeyColumns(page)) keyColumns.push(`${report.sitePath} ${problem}`);
              }
            }
            await page.setViewportSize({ width: 1440, height: 900 });
          }
        },
      });
      // Every page opened once, with axe and two full-page screenshots each when asked: on a busy
      // machine that takes longer than the project's default hook time.
    }, 1_200_000);

    it('every page loads with no console errors and no failed requests', () => {
      expect(crawl.pages.length).toBeGreaterThan(0);
      expect(crawl.pages.flatMap((p) => p.problems.map((m) => `${p.sitePath}: ${m}`))).toEqual([]);
    });

    it('no internal link is broken (pages and downloads answer 200)', () => {
      expect(crawl.brokenLinks).toEqual([]);
    });

    it('no page requests a third-party origin', () => {
      expect(crawl.pages.flatMap((p) => p.thirdParty.map((u) => `${p.sitePath}: ${u}`))).toEqual([]);
    });

    it('no page has markup a strict Content-Security-Policy blocks (inline script, inline style, handlers)', async () => {
      const problems: string[] = [];
      for (const file of await htmlFiles(site.dir)) {
        for (const p of cspProblems(await readFile(path.join(site.dir, file), 'utf8'))) problems.push(`${file}: ${p}`);
      }
      expect(problems).toEqual([]);
    });

    it(`every page loads at most ${JS_BUDGET_BYTES / 1024} KB of gzip-compressed JavaScript`, async () => {
      const over: string[] = [];
      for (const file of await htmlFiles(site.dir)) {
        const scripts = await pageScripts(site.dir, file, site.base);
        if (scripts.gzipBytes > JS_BUDGET_BYTES) over.push(`${file}: ${scripts.gzipBytes} bytes in ${scripts.files.join(', ')}`);
      }
      expect(over).toEqual([]);
    });

    if (options.axe) {
      it('axe-core finds no serious or critical violation (wcag2a, wcag2aa) on any page', () => {
        expect(axeViolations).toEqual([]);
      });
    }

    if (options.screenshots) {
      it('writes a full-page screenshot of every page at 1440 and 390 px', () => {
        expect(screenshots).toHaveLength(crawl.pages.length * 2);
      });

      it('no page scrolls sideways at 1440 or 390 px (wide tables and charts scroll in their own box)', () => {
        expect(sideways).toEqual([]);
      });
    }

    if (options.screenshots && options.layout) {
      it(`no page is taller than ${options.layout.maxHeight} px at 1440 px (but the full lists: ${options.layout.tallAllowed})`, () => {
        expect(tooTall).toEqual([]);
      });

      it("every table's key columns are visible at 1440 px without scrolling sideways", () => {
        expect(keyColumns).toEqual([]);
      });
    }

    if (options.withoutJs) {
      it('with JavaScript disabled every page still has its tables and charts, all rows shown', async () => {
        const context = await (await browser()).newContext({ javaScriptEnabled: false });
        const differences: string[] = [];
        try {
          const page = await context.newPage();
          for (const report of crawl.pages) {
            await page.goto(report.url, { waitUntil: 'load' });
            const rows = await page.locator('table tbody tr').count();
            const hiddenRows = await page.locator('table tbody tr[hidden]').count();
            const svgs = await page.locator('svg').count();
            if (rows !== report.tableRows || hiddenRows > 0) differences.push(`${report.sitePath}: ${rows} table rows (${hiddenRows} hidden) without JS, ${report.tableRows} with`);
            if (svgs !== report.svgs) differences.push(`${report.sitePath}: ${svgs} SVGs without JS, ${report.svgs} with`);
            // Controls that need the script stay hidden without it.
            const deadControls = await page.locator('form.table-filters:visible, button.chart-download:visible').count();
            if (deadControls > 0) differences.push(`${report.sitePath}: ${deadControls} controls shown that need JavaScript`);
            // Tables folded in a closed <details> are folded by design, with JavaScript or without.
            const shown = page.locator('table:not(details:not([open]) table)');
            if (rows > 0 && (await shown.count()) > 0 && !(await shown.first().isVisible())) differences.push(`${report.sitePath}: first table not visible`);
          }
        } finally {
          await context.close();
        }
        expect(differences).toEqual([]);
      });
    }
  });
}
