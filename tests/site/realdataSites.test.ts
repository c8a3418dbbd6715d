/**
 * The real exports in ../shared/realdata (nobody here wrote them) build into complete sites:
 * every page the navigation names exists, every internal link in the built HTML resolves, and
 * the machine-readable deals file has every deal. Skipped, with a message, where the folder is
 * absent (a fresh clone has no ../shared).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';
import { runBuild } from './trustBuilds.ts';
import { REALDATA, describeRealdata } from '../realdata/realdata.ts';


async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
}

/** Internal links (href/src starting with /) that point at no file of the built site. */
async function brokenLinks(dir: string): Promise<string[]> {
  const broken = new Set<string>();
  for (const file of await htmlFiles(dir)) {
    const { document } = parseHTML(await readFile(path.join(dir, file), 'utf8'));
    for (const el of document.querySelectorAll('[href], [src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
      if (!raw.startsWith('/')) continue;
      const target = decodeURIComponent(raw.split('#')[0]!.split('?')[0]!);
      const candidates = target.endsWith('/') ? [`${target}index.html`] : [target, `${target}/index.html`];
      if (!candidates.some((c) => existsSync(path.join(dir, c)))) broken.add(`${file} -> ${raw}`);
    }
  }
  return [...broken].sort();
}

function csvRecords(text: string): number {
  // deals.csv: one header line, then one line per deal (names with line breaks are quoted; the real sets have none).
  return text.split('\r\n').filter((line) => line !== '').length - 1;
}

describeRealdata('real exports build into complete sites', ['maven-crm', 'salesforce-dtc', 'salesforce-api', 'adventureworks-quota'], () => {
  const cases = [
    { set: 'maven-crm', deals: 8800 },
    { set: 'salesforce-dtc', deals: 1999 },
    { set: 'salesforce-api', deals: 50 },
  ];
  for (const { set, deals } of cases) {
    it(`${set}: builds, every section exists, no broken links, ${deals} deals in data/deals.csv`, async () => {
      const out = path.join(await mkdtemp(path.join(os.tmpdir(), `quarterdeck-${set}-`)), 'site');
      const run = await runBuild({ data: path.join(REALDATA, set), out });
      expect(run.code, `${run.command}\n${run.stdout}\n${run.stderr}`).toBe(0);
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/^\s+at /m);
      for (const page of ['index.html', 'forecast/index.html', 'pipeline/index.html', 'reps/index.html', 'teams/index.html', 'quarters/index.html', 'data/index.html', 'methods/index.html']) {
        expect(existsSync(path.join(out, page)), page).toBe(true);
      }
      expect((await htmlFiles(out)).length).toBeGreaterThan(10);
      expect(await brokenLinks(out)).toEqual([]);
      expect(csvRecords(await readFile(path.join(out, 'data/deals.csv'), 'utf8'))).toBe(deals);
    });
  }

  it('adventureworks-quota (quotas only): no site, exit 1, and the reason in words', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-aw-')), 'site');
    const run = await runBuild({ data: path.join(REALDATA, 'adventureworks-quota'), out });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/No deals were found/);
    expect(existsSync(out)).toBe(false);
  });
});
