/**
 * Sharing builds of the sample, each made once by the real CLI (`npm run build -- ...` in a child
 * process): encrypted (two audiences), redacted (deals; reps), scoped to one team. Every file of
 * each output is scanned for the real names and amounts read straight from data/; the encrypted
 * site is driven in Chromium over http and from file://.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browser, closeAll } from './harness.ts';
import { buildOrThrow, listFiles, runCli, SAMPLE_DATA, sampleSecrets, scanTree, serveUnder, type SampleSecrets } from './shareBuilds.ts';

const PASSWORDS = ['correct horse battery staple', 'leadership offsite in the fjords'];
const SCOPE_TEAM = 'NA Enterprise';
/** The encrypted site is built for, and served under, a sub-path: its links must keep to it. */
const BASE = '/sales/q3/';

let work: string;
let secrets: SampleSecrets;
const out = (name: string) => path.join(work, name);

/** QUARTERDECK_SHARE_KEEP=DIR keeps the builds in DIR and reuses them (while working on these tests). */
const KEEP = process.env.QUARTERDECK_SHARE_KEEP;

async function build(name: string, args: string[]): Promise<void> {
  if (KEEP && (await listFiles(out(name)).catch(() => [])).length > 0) return;
  await buildOrThrow(['--data', SAMPLE_DATA, '--out', out(name), ...args]);
}

beforeAll(async () => {
  work = KEEP ?? (await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-share-')));
  await mkdir(work, { recursive: true });
  secrets = await sampleSecrets();
  const passwordFile = path.join(work, 'passwords.txt');
  await writeFile(passwordFile, `${PASSWORDS.join('\n')}\n`);
  // Two at a time on the 2-core machine.
  await Promise.all([
    build('encrypted', ['--encrypt', '--password-file', passwordFile, '--base', BASE]),
    build('redacted', ['--redact', 'deals']),
  ]);
  await Promise.all([
    build('scoped', ['--scope', `team=${SCOPE_TEAM}`]),
    build('no-reps', ['--redact', 'reps']),
  ]);
});

const closers: (() => Promise<void>)[] = [];

afterAll(async () => {
  for (const close of closers) await close();
  await closeAll();
  if (work && !KEEP) await rm(work, { recursive: true, force: true });
});

const names = (list: string[], what: string) => list.filter((n) => n.length >= 6).map((n) => ({ what: `${what} ${JSON.stringify(n)}`, bytes: n }));
/** Amounts as in the exports (`46200`, only where no digit or letter touches them) and as the site writes them (`46,200`). */
const amounts = (list: string[]) =>
  list
    .filter((a) => /^\d{4,}$/.test(a))
    .flatMap((a) => [
      { what: `amount ${a}`, bytes: a, bounded: true },
      { what: `amount ${Number(a).toLocaleString('en-US')}`, bytes: Number(a).toLocaleString('en-US') },
    ]);

describe('the sample fixture of these tests', () => {
  it('has the names and amounts the scans look for', () => {
    expect(secrets.reps.length).toBeGreaterThan(20);
    expect(secrets.deals.length).toBeGreaterThan(1000);
    expect(secrets.accounts.length).toBeGreaterThan(100);
    expect(secrets.amounts.length).toBeGreaterThan(100);
    expect(secrets.reps).toContain('Aaron Whitaker');
  });

  it('the scan finds them in an ordinary build (the redacted one still has the rep names)', async () => {
    const found = await scanTree(out('redacted'), names(['Aaron Whitaker'], 'rep'));
    expect(found.length).toBeGreaterThan(0);
  });
});

describe('encrypted build (--encrypt, two passwords in --password-file, under /sales/q3/)', () => {
  it('no rep, account or deal name, no e-mail, deal id or amount appears in any file of the output', async () => {
    const found = await scanTree(out('encrypted'), [
      ...names(secrets.reps, 'rep'),
      ...names(secrets.accounts, 'account'),
      ...names(secrets.deals, 'deal'),
      ...names(secrets.emails, 'e-mail'),
      ...names(secrets.dealIds, 'deal id'),
      ...names(secrets.nextSteps, 'next step'),
      ...amounts(secrets.amounts),
      { what: 'company', bytes: 'Northwind' },
      { what: 'a password', bytes: PASSWORDS[0]! },
      { what: 'a password', bytes: PASSWORDS[1]! },
    ]);
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('no file name holds a rep, team or region name: pages and files below the sections have opaque addresses', async () => {
    const files = await listFiles(out('encrypted'));
    const slug = (name: string) => name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-');
    const words = [...secrets.reps.map(slug), ...[...new Set(secrets.teamOf.values())].map(slug), 'north-america', 'emea', 'apac'];
    expect(files.filter((f) => words.some((w) => f.includes(w)))).toEqual([]);
    expect(files).toContain('reps/index.html');
    expect(files).toContain('data/deals.csv');
    expect(files.filter((f) => /^p\/[0-9a-f]{24}\/index\.html$/.test(f)).length).toBeGreaterThan(40);
  });

  it('every page is the locked page; every other data file a notice with its encrypted sidecar; only the site code is plain', async () => {
    const files = await listFiles(out('encrypted'));
    const plain = files.filter((f) => !f.endsWith('.html') && !f.endsWith('.js'));
    for (const f of plain.filter((f) => !f.startsWith('_assets/') && !f.startsWith('_share/'))) {
      expect(await readFile(path.join(out('encrypted'), f), 'utf8'), f).toMatch(/^This file is encrypted\./);
      expect(files, f).toContain(`${f}.js`);
    }
    for (const f of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(path.join(out('encrypted'), f), 'utf8');
      expect(html, f).toContain('<meta name="quarterdeck-lock" content="v1;600000;');
      expect(html, f).toContain('<title>Locked · Quarterdeck</title>');
      expect(html, f).not.toMatch(/<script(?![^>]*\bsrc=)/);
    }
    expect(files).toContain('_share/unlock.js');
    expect(files.filter((f) => f.startsWith('_assets/')).every((f) => /\.(js|css)$/.test(f))).toBe(true);
  });

  it('two audiences: the lock carries one wrapped key per password, one salt', async () => {
    const html = await readFile(path.join(out('encrypted'), 'index.html'), 'utf8');
    const lock = /name="quarterdeck-lock" content="([^"]*)"/.exec(html)![1]!.split(';');
    expect(lock[0]).toBe('v1');
    expect(Buffer.from(lock[2]!, 'base64')).toHaveLength(16);
    expect(lock[3]!.split(',').map((k) => Buffer.from(k, 'base64').length)).toEqual([40, 40]);
  });

  it('refuses a short password, a missing one, and a password file without --encrypt (exit 2, nothing built)', async () => {
    const short = await runCli(['--data', SAMPLE_DATA, '--out', out('never'), '--encrypt'], { QUARTERDECK_PASSWORD: 'hunter2' });
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('shorter than 12 characters');
    const none = await runCli(['--data', SAMPLE_DATA, '--out', out('never'), '--encrypt']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--encrypt needs a password');
    const noFlag = await runCli(['--data', SAMPLE_DATA, '--out', out('never'), '--password-file', path.join(work, 'passwords.txt')]);
    expect(noFlag.code).toBe(2);
    expect(noFlag.stderr).toContain('add --encrypt');
    expect((await listFiles(work)).some((f) => f.startsWith('never'))).toBe(false);
  });
});

describe('encrypted build in Chromium', () => {
  let home: string;
  let context: BrowserContext;
  const problems: string[] = [];

  beforeAll(async () => {
    const served = await serveUnder(out('encrypted'), BASE);
    home = served.url;
    closers.push(served.close);
  });

  async function newPage(ctx: BrowserContext): Promise<Page> {
    const page = await ctx.newPage();
    // From disk the site's own absolute asset links and module scripts fail (file:// has no
    // root and no CORS): those are the site's, not the lock's, so only http problems count.
    const fromServer = () => page.url().startsWith('http');
    page.on('pageerror', (e) => problems.push(`page error on ${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if ((m.type() === 'error' && fromServer()) || /Content Security Policy/i.test(m.text())) problems.push(`console on ${page.url()}: ${m.text()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    return page;
  }

  async function unlock(page: Page, password: string): Promise<void> {
    const field = page.getByLabel('Password');
    await field.waitFor();
    await field.fill(password);
    await field.press('Enter');
  }

  it('a wrong password says so and shows nothing; the right one (either audience) shows the overview', async () => {
    context = await (await browser()).newContext({ acceptDownloads: true });
    const page = await newPage(context);
    await page.goto(home);
    expect(await page.title()).toBe('Locked · Quarterdeck');
    await page.getByLabel('Password').waitFor();
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(axe.violations.map((v) => `${v.impact} ${v.id}: ${v.help}`)).toEqual([]);
    await unlock(page, 'not the password at all');
    await expect.poll(() => page.locator('#quarterdeck-status').textContent(), { timeout: 30_000 }).toContain('Wrong password');
    const text = await page.locator('body').innerText();
    expect(text).not.toContain('Northwind');
    expect(text).not.toContain('Overview');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);

    await unlock(page, PASSWORDS[1]!);
    await page.locator('h1', { hasText: 'Overview' }).waitFor({ timeout: 30_000 });
    expect(await page.title()).toContain('Northwind Analytics');
    expect(await page.locator('.share-badge').innerText()).toContain('Encrypted');
    // The key is kept, never the password.
    const stored = await page.evaluate(() => Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)]));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(PASSWORDS[1]);
  });

  it('links work without asking again: the Reps page, a rep page; its CSV downloads decrypted; a chart downloads as SVG', async () => {
    const page = context.pages()[0]!;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reps', exact: true }).click();
    await page.locator('h1', { hasText: 'Reps' }).waitFor();
    await page.getByRole('link', { name: 'Aaron Whitaker', exact: true }).first().click();
    await page.locator('h1', { hasText: 'Aaron Whitaker' }).waitFor();
    const csvLink = page.locator('a[download$="-open-deals.csv"]').first();
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/^rep-aaron-whitaker-[0-9a-f]{4}-open-deals\.csv$/);
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows.length).toBeGreaterThan(1);
    expect(csv).not.toContain('This file is encrypted');

    await page.goto(home);
    await page.locator('h1', { hasText: 'Overview' }).waitFor();
    const button = page.locator('button.chart-download').first();
    await button.waitFor({ state: 'visible' });
    const [svg] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(await readFile((await svg.path())!, 'utf8')).toMatch(/^<\?xml[\s\S]*<svg/);
  });

  it('a reload keeps the session; "Lock" forgets it', async () => {
    const page = context.pages()[0]!;
    await page.reload();
    await page.locator('h1', { hasText: 'Overview' }).waitFor();
    await page.getByRole('link', { name: 'Lock', exact: true }).click();
    await page.getByLabel('Password').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('Northwind');
    await page.goto(`${home}reps/`);
    await page.getByLabel('Password').waitFor();
    await context.close();
  });

  it('with JavaScript off, the page says it needs JavaScript and shows no data', async () => {
    const noJs = await (await browser()).newContext({ javaScriptEnabled: false });
    const page = await noJs.newPage();
    await page.goto(`${home}forecast/`);
    const text = await page.locator('body').innerText();
    expect(text).toContain('needs JavaScript');
    expect(text).not.toContain('Northwind');
    expect(await page.getByLabel('Password').isVisible()).toBe(false);
    await noJs.close();
  });

  it('opened from disk (file://): unlocks, another page opens without asking, a CSV downloads', async () => {
    const disk = await (await browser()).newContext({ acceptDownloads: true });
    const page = await newPage(disk);
    const root = pathToFileURL(`${out('encrypted')}/`).href;
    await page.goto(`${root}index.html`);
    await unlock(page, PASSWORDS[0]!);
    await page.locator('h1', { hasText: 'Overview' }).waitFor({ timeout: 30_000 });
    await page.goto(`${root}reps/index.html`);
    await page.locator('h1', { hasText: 'Reps' }).waitFor();
    // The page's own CSV link: links are relative to their page, so the site works from disk.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a[download="reps-current.csv"]').first().click()]);
    expect(download.suggestedFilename()).toBe('reps-current.csv');
    expect(await readFile((await download.path())!, 'utf8')).toContain('Aaron Whitaker');
    await disk.close();
  });

  it('no page error, console error, failed request or CSP violation on the way', () => {
    expect(problems).toEqual([]);
  });
});

describe('redacted build (--redact deals)', () => {
  it('no real deal or account name, deal id or next step in any file', async () => {
    const found = await scanTree(out('redacted'), [
      ...names(secrets.accounts, 'account'),
      ...names(secrets.deals, 'deal'),
      ...names(secrets.dealIds, 'deal id'),
      ...names(secrets.nextSteps, 'next step'),
    ]);
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('the header says so; deals carry pseudonyms, stable across two builds of the same data', async () => {
    const html = await readFile(path.join(out('redacted'), 'index.html'), 'utf8');
    expect(html).toContain('Deal and account names redacted');
    const csv = Papa.parse<Record<string, string>>(await readFile(path.join(out('redacted'), 'data/deals.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(csv.length).toBeGreaterThan(1000);
    for (const row of csv.slice(0, 50)) {
      expect(row.name).toMatch(/^Deal \d{5}$/);
      expect(row.id).toBe(row.name!.replace('Deal ', 'D-'));
      if (row.account) expect(row.account).toMatch(/^Account \d{4}$/);
    }
    expect(new Set(csv.map((r) => r.name)).size).toBe(csv.length);
    // The second build: the same data through the build's own data step, in this process.
    const { prepareSiteData } = await import('../../scripts/cli/buildSite.ts');
    const again = await prepareSiteData(SAMPLE_DATA, { share: { redactDeals: true } });
    const second = new Map(again.siteData!.model.deals.map((d) => [d.id, `${d.name}|${d.account ?? ''}|${d.amount ?? ''}`]));
    for (const row of csv) expect(second.get(row.id!), row.id).toBe(`${row.name}|${row.account}|${row.amount}`);
  });

  it('leaves the earnings out: no compensation page or CSV, no Compensation in the navigation or on rep pages', async () => {
    const files = await listFiles(out('redacted'));
    expect(files.filter((f) => /^compensation\/|^csv\/compensation|^data\/(compensation|earnings)/.test(f))).toEqual([]);
    expect(files.some((f) => f.startsWith('reps/'))).toBe(true);
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const html = await readFile(path.join(out('redacted'), f), 'utf8');
      expect(html, f).not.toMatch(/href="(?:[^"]*\/)?compensation\/|data-redact="compensation"/);
    }
  });
});

describe('scoped build (--scope team=NA Enterprise)', () => {
  it("holds no other team's rep, and no company-wide total", async () => {
    const others = secrets.reps.filter((r) => secrets.teamOf.get(r) !== SCOPE_TEAM && secrets.teamOf.has(r));
    expect(others.length).toBeGreaterThan(10);
    const found = await scanTree(out('scoped'), names(others, 'rep'));
    expect(found.slice(0, 20)).toEqual([]);
    const html = await readFile(path.join(out('scoped'), 'data/index.html'), 'utf8');
    expect(html).toContain(`Team ${SCOPE_TEAM} only`);
    // The company's won total (the sample's data page shows $36,262,600).
    expect(html).toContain('Won, all time');
    expect(html).not.toContain('36,262,600');
    const deals = Papa.parse<Record<string, string>>(await readFile(path.join(out('scoped'), 'data/deals.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(deals.length).toBeGreaterThan(50);
    expect(new Set(deals.map((d) => d.team))).toEqual(new Set([SCOPE_TEAM]));
  });

  it('an unknown team is a usage error that lists the teams', async () => {
    const run = await runCli(['--data', SAMPLE_DATA, '--out', out('never'), '--scope', 'team=Nowhere']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no team of that name');
    expect(run.stderr).toContain('"NA Enterprise"');
  });
});

describe('redacted build without reps (--redact reps)', () => {
  it('holds no rep name or e-mail, no deal or account name, in any file', async () => {
    const found = await scanTree(out('no-reps'), [
      ...names(secrets.reps, 'rep'),
      ...names(secrets.emails, 'e-mail'),
      ...names(secrets.accounts, 'account'),
      ...names(secrets.deals, 'deal'),
    ]);
    expect(found.slice(0, 20)).toEqual([]);
  });

  it('has no rep-level pages or CSV files, no link to one, no Reps in the navigation', async () => {
    const files = await listFiles(out('no-reps'));
    expect(files.filter((f) => /^(reps|compensation)\/|^csv\/(reps?-|compensation)|^data\/(rep-periods|earnings)/.test(f))).toEqual([]);
    expect(files).toContain('teams/index.html');
    for (const f of files.filter((x) => x.endsWith('.html'))) {
      const html = await readFile(path.join(out('no-reps'), f), 'utf8');
      expect(html, f).not.toMatch(/href="(?:[^"]*\/)?(reps|compensation)\//);
    }
    const index = await readFile(path.join(out('no-reps'), 'index.html'), 'utf8');
    expect(index).toContain('no rep-level pages');
  });
});
