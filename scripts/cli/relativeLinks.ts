/**
 * Makes a built site work from any folder and from disk (`file://`): every link and asset
 * reference under the site's base path becomes relative to the page (`../reps/ana/index.html`),
 * with `index.html` named, since a browser opening files does not look for it in a folder; and
 * the site's scripts load as classic deferred scripts (browsers refuse module scripts from
 * `file://`), each wrapped in its own function scope. The folder can be zipped and sent, served
 * at `/` or under its base path.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Rewrites every HTML page (and the scripts they load) of a built site in place. */
export async function relativeLinks(dir: string, base: string): Promise<void> {
  const entries = (await readdir(dir, { recursive: true })).map((e) => e.split(path.sep).join('/'));
  for (const file of entries.filter((e) => e.endsWith('.html'))) {
    const html = await readFile(path.join(dir, file), 'utf8');
    await writeFile(path.join(dir, file), relativeHtml(html, file, base));
  }
  for (const file of entries.filter((e) => e.endsWith('.js'))) {
    const code = await readFile(path.join(dir, file), 'utf8');
    const classic = classicScript(code);
    if (classic !== null) await writeFile(path.join(dir, file), classic);
  }
}

const URL_ATTRIBUTE = /(\s(?:href|src|xlink:href)=)(["'])([^"']*)\2/g;
const MODULE_SCRIPT = /<script type="module" src=/g;

/** One page's HTML with its links relative to `file` (its path inside the site, `reps/ana/index.html`). */
export function relativeHtml(html: string, file: string, base: string): string {
  const depth = file.split('/').length - 1;
  const up = depth === 0 ? './' : '../'.repeat(depth);
  return html
    .replace(URL_ATTRIBUTE, (match, attr: string, quote: string, value: string) => {
      const relative = relativeUrl(value, up, base);
      return relative === null ? match : `${attr}${quote}${relative}${quote}`;
    })
    .replace(MODULE_SCRIPT, '<script defer src=');
}

/** `/sales/q3/reps/ana/#risk` with base `/sales/q3/` and `../../` -> `../../reps/ana/index.html#risk`; null for other URLs. */
export function relativeUrl(value: string, up: string, base: string): string | null {
  if (!value.startsWith(base) || value.startsWith('//')) return null;
  const rest = value.slice(base.length);
  const cut = rest.search(/[?#]/);
  const pathPart = cut === -1 ? rest : rest.slice(0, cut);
  const tail = cut === -1 ? '' : rest.slice(cut);
  const target = pathPart === '' || pathPart.endsWith('/') ? `${pathPart}index.html` : pathPart;
  return `${up}${target}${tail}`;
}

/** A bundle with no import or export wrapped to run as a classic script; null when it has imports (left a module). */
export function classicScript(code: string): string | null {
  if (/(^|[;\s}])(import|export)\s*[\s{*"'(]/.test(code) || code.startsWith('(()=>{/*classic*/')) return null;
  return `(()=>{/*classic*/\n${code}\n})();\n`;
}
