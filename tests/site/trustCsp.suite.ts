/**
 * Trust: the Content-Security-Policy holds on every page, of the sample (the determinism
 * suite's reference build) and of the hostile data folder:
 * - in the HTML: the CSP meta tag is in <head> before anything it governs, strict (script-src
 *   and style-src 'self', no 'unsafe-*'), and nothing it would block is there (inline script,
 *   <style>, style="", handler attributes);
 * - in Chromium: no `securitypolicyviolation` event and no console message about the policy
 *   while each page loads; and the policy is in force: an inline script and an inline style
 *   added after load are refused.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from './crawl.ts';
import { cspProblems } from './distChecks.ts';
import { browser } from './harness.ts';
import { cspMetaProblems } from './trustMarkup.ts';
import { hostileSite, samplePair, serveDir } from './trustBuilds.ts';

const PROBE_SCRIPT = 'window.__inlineRan = true;';
const PROBE_STYLE = 'body { outline: 7px solid rgb(1, 2, 3); }';
/** Chromium's console message about a refused inline script or style names its hash: the probe's own messages are known by theirs. */
const PROBE_HASHES = [PROBE_SCRIPT, PROBE_STYLE].map((text) => `sha256-${createHash('sha256').update(text).digest('base64')}`);

interface CspSite {
  dir: string;
  origin: string;
  pages: string[];
}

function describeCsp(label: string, load: () => Promise<string>): void {
  describe(`trust: Content-Security-Policy on the ${label}`, () => {
    let site: CspSite;
    const violations: string[] = [];
    const notEnforced: string[] = [];
    let visited = 0;

    beforeAll(async () => {
      const dir = await load();
      site = { dir, origin: await serveDir(dir), pages: await htmlFiles(dir) };
      const context = await (await browser()).newContext();
      // Recorded by the page itself, before any of its scripts run.
      await context.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`));
      });
      const page = await context.newPage();
      let at = '';
      page.on('console', (msg) => {
        const text = msg.text();
        if (text.includes('Content Security Policy') && !PROBE_HASHES.some((h) => text.includes(h))) violations.push(`${at}: console: ${msg.text()}`);
      });
      try {
        for (const file of site.pages) {
          at = `/${file.replace(/index\.html$/, '')}`;
          await page.goto(`${site.origin}${at}`, { waitUntil: 'load' });
          for (const v of await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)) violations.push(`${at}: ${v}`);
          // The policy is in force: an inline script and an inline style added now are refused.
          const probe = await page.evaluate(async ([scriptText, styleText]) => {
            const w = window as unknown as { __inlineRan?: boolean; __cspViolations: string[] };
            const count = w.__cspViolations.length;
            const script = document.createElement('script');
            script.textContent = scriptText!;
            document.body.append(script);
            const style = document.createElement('style');
            style.textContent = styleText!;
            document.head.append(style);
            await new Promise((resolve) => setTimeout(resolve, 0));
            const outline = getComputedStyle(document.body).outlineWidth;
            script.remove();
            style.remove();
            return { ran: w.__inlineRan === true, outline, reported: w.__cspViolations.length - count };
          }, [PROBE_SCRIPT, PROBE_STYLE] as const);
          if (probe.ran) notEnforced.push(`${at}: an inline script ran`);
          if (probe.outline === '7px') notEnforced.push(`${at}: an inline style applied`);
          if (probe.reported < 2) notEnforced.push(`${at}: ${probe.reported} violations reported for an inline script and style`);
          visited += 1;
        }
      } finally {
        await context.close();
      }
    });

    it('every page has a strict CSP meta tag before anything it governs, and no markup it would block', async () => {
      const problems: string[] = [];
      for (const file of site.pages) {
        const html = await readFile(path.join(site.dir, file), 'utf8');
        for (const p of [...cspMetaProblems(html), ...cspProblems(html)]) problems.push(`${file}: ${p}`);
      }
      expect(site.pages.length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
    });

    it('Chromium reports no CSP violation on any page', () => {
      expect(visited).toBe(site.pages.length);
      expect(violations).toEqual([]);
    });

    it('the policy is in force on every page: an inline script and style added after load are refused', () => {
      expect(notEnforced).toEqual([]);
    });
  });
}

describeCsp('sample site', async () => {
  const { reference } = await samplePair();
  if (reference.run.code !== 0) throw new Error(`the sample did not build:\n${reference.run.stdout}\n${reference.run.stderr}`);
  return reference.out;
});

describeCsp('hostile site', async () => {
  const hostile = await hostileSite();
  if (hostile.run.code !== 0) throw new Error(`the hostile data folder did not build:\n${hostile.run.stdout}\n${hostile.run.stderr}`);
  return hostile.dir;
});
