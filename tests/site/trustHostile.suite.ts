/**
 * Trust: a data folder full of hostile text (tests/fixtures/hostile: markup, `javascript:` URLs,
 * quotes, template braces, backticks, `&amp;`, formula cells, `__proto__`/`constructor`/
 * `prototype` as headers, rep, team and region names, a file and a sheet named with markup)
 * gives a site that shows that text as text and runs none of it:
 * - every page and SVG, parsed: no handler attributes, only the site's own scripts, no
 *   `javascript:` URLs, no element made from the data, no double escaping, embedded JSON intact;
 * - the names are on the pages, as text;
 * - the CSV downloads neutralise cells a spreadsheet would run as formulas;
 * - in Chromium: no dialog, no console error, no request off the site, also after sorting and
 *   filtering every table;
 * - in-process: the data stage, the dashboard and the site's tables add nothing to
 *   Object.prototype, and `constructor`/`__proto__` names get their own numbers.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from '../fixtures/hostile/makeHostile.ts';
import { htmlFiles } from './crawl.ts';
import { browser } from './harness.ts';
import { csvFormulaProblems, markupProblems } from './trustMarkup.ts';
import { hostileSite, serveDir, type HostileSite } from './trustBuilds.ts';

/** Markup from the fixture that must never reach a page unescaped (outside attribute values). */
const RAW_MARKUP = ['<script>alert', '<img src=x', '<svg onload', '<b>Boss', '<i>rep', '<style>body', '<b onmouseover', '</textarea>'];

async function allFiles(dir: string, extension: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(extension)).map((f) => f.split(path.sep).join('/')).sort();
}

describe('trust: hostile text in the data', () => {
  let site: HostileSite;
  let pages: string[];

  beforeAll(async () => {
    site = await hostileSite();
    if (site.run.code !== 0) throw new Error(`the hostile data folder did not build:\n${site.run.stdout}\n${site.run.stderr}`);
    pages = await htmlFiles(site.dir);
  });

  it('the checks catch what they look for (a hand-made bad page and CSV)', () => {
    const bad = [
      '<!doctype html><html><head><script>alert(1)</script><script src="https://evil.example/x.js"></script></head><body>',
      '<p onclick="x()">a</p><a href=" JavaScript:alert(4)">b</a><img src=x><svg><a xlink:href="javascript:alert(5)"></a></svg>',
      '<p>&amp;lt;script&amp;gt; &amp;amp;amp;</p><script type="application/json">{"a": "</script><p>"}</body></html>',
    ].join('');
    const problems = markupProblems(bad, { base: '/' }).join('\n');
    for (const expected of ['inline script', 'script from https://evil.example/x.js', 'event handler onclick', 'href=" JavaScript:alert(4)"', 'element <img>', 'xlink:href="javascript:alert(5)"', 'text escaped twice ("&lt;script")', 'text escaped twice ("&amp;amp;")', 'embedded JSON does not parse']) {
      expect(problems).toContain(expected);
    }
    const csv = csvFormulaProblems('a,b,c\r\n=1+1,-12.5,"\'=HYPERLINK(1)"\r\n@SUM(A1),-1+1,+x\r\n"\tx","\rx",ok\r\n');
    expect(csv.problems).toEqual(['line 2, field 1: "=1+1"', 'line 3, field 1: "@SUM(A1)"', 'line 3, field 2: "-1+1"', 'line 3, field 3: "+x"', 'line 4, field 1: "\\tx"', 'line 4, field 2: "\\rx"']);
    expect(csv.neutralised).toBe(1);
  });

  it('builds, reading every hostile file and sheet', () => {
    expect(site.run.stdout).toContain('Files: 5 (5 read, 0 ignored, 0 unreadable) · tables: 5 (2 deals, 1 quotas, 1 roster, 1 unknown)');
    expect(pages).toContain('index.html');
    expect(pages).toContain('data/index.html');
  });

  it('no page has a handler attribute, a foreign script, a javascript: URL, an element made from the data or double escaping', async () => {
    const problems: string[] = [];
    for (const page of pages) {
      const html = await readFile(path.join(site.dir, page), 'utf8');
      for (const p of markupProblems(html, { base: '/' })) problems.push(`${page}: ${p}`);
      // Inside a double-quoted attribute value `<` is plain text (Astro escapes only `&` and `"` there).
      const outsideAttributes = html.replace(/="[^"]*"/g, '=""');
      for (const raw of RAW_MARKUP) if (outsideAttributes.includes(raw)) problems.push(`${page}: unescaped ${raw}`);
    }
    for (const svg of await allFiles(site.dir, '.svg')) {
      const text = await readFile(path.join(site.dir, svg), 'utf8');
      for (const p of markupProblems(`<!doctype html><html><head></head><body>${text}</body></html>`, { base: '/' })) problems.push(`${svg}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('the hostile names are on the pages as text: company, reps, teams, file and sheet names', async () => {
    const texts = new Map<string, string>();
    const titles: string[] = [];
    for (const page of pages) {
      const { document } = parseHTML(await readFile(path.join(site.dir, page), 'utf8'));
      texts.set(page, document.body.textContent ?? '');
      titles.push(document.title);
    }
    for (const title of titles) expect(title).toContain(HOSTILE.company);
    const dataPage = texts.get('data/index.html')!;
    for (const name of [HOSTILE.deals, HOSTILE.readme, HOSTILE.sheet]) expect(dataPage).toContain(name);
    const everything = [...texts.values()].join('\n');
    for (const name of [HOSTILE.script, HOSTILE.img, HOSTILE.quotes, HOSTILE.javascriptUrl, HOSTILE.ampersand, HOSTILE.svg, '__proto__', 'constructor']) {
      expect(everything, `"${name}" is not shown on any page`).toContain(name);
    }
  });

  it('the JSON outputs parse and keep the names exactly', async () => {
    const files = await allFiles(site.dir, '.json');
    expect(files.length).toBeGreaterThan(0);
    let all = '';
    for (const file of files) {
      const text = await readFile(path.join(site.dir, file), 'utf8');
      expect(() => JSON.parse(text), file).not.toThrow();
      all += JSON.stringify(JSON.parse(text));
    }
    expect(all).toContain(JSON.stringify(HOSTILE.script).slice(1, -1));
  });

  it('every CSV download neutralises cells a spreadsheet would run (= + - @ tab CR)', async () => {
    const files = (await allFiles(site.dir, '.csv')).filter((f) => f.startsWith('csv/') || f.startsWith('data/'));
    expect(files).toContain('data/deals.csv');
    const problems: string[] = [];
    let neutralised = 0;
    for (const file of files) {
      const result = csvFormulaProblems(await readFile(path.join(site.dir, file), 'utf8'));
      problems.push(...result.problems.map((p) => `${file}: ${p}`));
      neutralised += result.neutralised;
    }
    expect(problems).toEqual([]);
    // The fixture has such cells: the check above had something to check.
    expect(neutralised).toBeGreaterThan(3);
    const deals = await readFile(path.join(site.dir, 'data/deals.csv'), 'utf8');
    expect(deals).toContain(`"'=HYPERLINK(""http://evil.example/"",""click"")"`);
  });

  describe('in Chromium', () => {
    let origin: string;
    const findings: string[] = [];
    let visited = 0;

    beforeAll(async () => {
      origin = await serveDir(site.dir);
      const context = await (await browser()).newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      let at = '';
      page.on('dialog', (dialog) => {
        findings.push(`${at}: a ${dialog.type()} dialog opened: ${dialog.message()}`);
        void dialog.dismiss().catch(() => {});
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') findings.push(`${at}: console error: ${msg.text()}`);
      });
      page.on('pageerror', (error) => findings.push(`${at}: page error: ${error.message}`));
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) findings.push(`${at}: request to ${url}`);
      });
      page.on('requestfailed', (request) => findings.push(`${at}: request failed: ${request.url()}`));
      page.on('response', (response) => {
        if (response.status() >= 400) findings.push(`${at}: HTTP ${response.status()} ${response.url()}`);
      });
      try {
        for (const file of pages) {
          at = `/${file.replace(/index\.html$/, '')}`;
          await page.goto(`${origin}${at}`, { waitUntil: 'load' });
          // Run the tables' script over the hostile cells (tables in closed <details> too): sort by every
          // column, then pick each filter's last value.
          await page.evaluate(() => {
            for (const button of document.querySelectorAll<HTMLButtonElement>('th button.sort')) button.click();
            for (const select of document.querySelectorAll<HTMLSelectElement>('form.table-filters select')) {
              if (select.options.length < 2) continue;
              select.selectedIndex = select.options.length - 1;
              select.dispatchEvent(new Event('change', { bubbles: true }));
            }
          });
          for (const link of await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
            if (!/^(https?:\/\/127\.0\.0\.1|#)/.test(link) && !link.startsWith(origin)) findings.push(`${at}: link to ${link}`);
          }
          await page.waitForTimeout(20);
          visited += 1;
        }
      } finally {
        await context.close();
      }
    });

    it('every page loads with no dialog, no console error, no request or link off the site', () => {
      expect(visited).toBe(pages.length);
      expect(findings).toEqual([]);
    });
  });

  describe('in-process: no prototype pollution', () => {
    const prototypes = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };
    const snapshot = () => Object.fromEntries(Object.entries(prototypes).map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));
    let before: ReturnType<typeof snapshot>;
    let after: ReturnType<typeof snapshot>;
    let result: {
      repRow: { bookings: number; won_count: number; quota: number | null } | undefined;
      team: { bookings: number; wonCount: number } | undefined;
      attribute: string | undefined;
      tables: number;
    };

    beforeAll(async () => {
      const { runDataStage } = await import('../../src/dataStage.ts');
      const { computeDashboard } = await import('../../src/metrics/dashboard.ts');
      const { parseConfig } = await import('../../src/schema/parseConfig.ts');
      const { siteTables } = await import('../../src/site/siteTables.ts');
      const { tableCsv } = await import('../../src/site/tables/tablesCsv.ts');
      const { tablesHtml } = await import('../../src/site/tables/tablesHtml.ts');
      const outputs = await import('../../src/site/downloads/machineOutputs.ts');
      before = snapshot();
      for (const text of ['{"__proto__": {"polluted": true}}', '{"files": {"__proto__": {"kind": "ignore", "polluted": true}}}', '{"exchangeRates": {"__proto__": 2}}', '{"columns": {"constructor": "x"}}']) {
        parseConfig(text, 'quarterdeck.config.json');
      }
      const stage = await runDataStage({ dataDir: site.data });
      if (!stage.ok || stage.model === null) throw new Error(`the hostile data stage failed: ${stage.report.fatal.join(' ')}`);
      const dashboard = computeDashboard(stage.model, stage.config);
      const siteData = JSON.parse(JSON.stringify({ report: stage.report, model: stage.model, dashboard }));
      const tables = siteTables(siteData);
      for (const table of tables) {
        tableCsv(table);
        tablesHtml(table, { base: '/' });
      }
      outputs.dealsCsv(siteData);
      outputs.repPeriodsCsv(siteData);
      outputs.forecastJson(siteData);
      outputs.retrospectivesJson(siteData);
      after = snapshot();
      result = {
        repRow: dashboard.repPeriods.find((r) => r.rep === '__proto__' && r.period === 'FY2027-Q3'),
        team: dashboard.quarterMetrics.find((m) => m.scope === 'team:constructor' && m.period.key === 'FY2027-Q3'),
        attribute: stage.model.deals.find((d) => d.id === 'D-001')?.attributes['__proto__ (column)'],
        tables: tables.length,
      };
    });

    it('Object, Array, Function and String prototypes have no new keys, and ({}).polluted is undefined', () => {
      expect(after).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(result.tables).toBeGreaterThan(0);
    });

    it('a rep named __proto__ and a team named constructor get their own numbers (FY2027 Q3, worked out by hand)', () => {
      // __proto__ owns D-009, won 18,000 on 2026-09-02 (FY2027 Q3 = Aug..Oct 2026), and D-005 (open); quota 30,000.
      expect(result.repRow).toMatchObject({ bookings: 18000, won_count: 1, quota: 30000 });
      // Team constructor: O'Brien's D-003 won 20,000 on 2026-08-20 plus __proto__'s D-009: 38,000 from 2 deals.
      expect(result.team).toMatchObject({ bookings: 38000, wonCount: 2 });
    });

    it('a column headed __proto__ is kept as an attribute under a safe key', () => {
      expect(result.attribute).toBe('{"polluted":true}');
    });
  });
});
