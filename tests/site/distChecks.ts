/**
 * Checks of a build folder without a browser: the JavaScript each page loads (and its gzip
 * size), and markup the strict Content-Security-Policy would block (inline scripts, inline
 * styles, event-handler attributes).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

export interface PageScripts {
  /** Files relative to the build folder, each loaded once. */
  files: string[];
  gzipBytes: number;
}

/** Every JS file a page loads at start: its module scripts, modulepreloads and their static imports, transitively. */
export async function pageScripts(dir: string, htmlFile: string, base: string): Promise<PageScripts> {
  const html = await readFile(path.join(dir, htmlFile), 'utf8');
  const { document } = parseHTML(html);
  const pageUrl = new URL(`http://site${base}${htmlFile.replace(/index\.html$/, '')}`);
  const start = [
    ...[...document.querySelectorAll('script[src]')].map((s) => s.getAttribute('src')!),
    ...[...document.querySelectorAll('link[rel="modulepreload"][href]')].map((l) => l.getAttribute('href')!),
  ];
  const files = new Set<string>();
  let gzipBytes = 0;
  const queue = start.map((src) => new URL(src, pageUrl));
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (url.origin !== pageUrl.origin) throw new Error(`script from another origin: ${url.href}`);
    if (!url.pathname.startsWith(base)) throw new Error(`script outside the base path: ${url.pathname}`);
    const file = url.pathname.slice(base.length);
    if (files.has(file)) continue;
    files.add(file);
    const code = await readFile(path.join(dir, file));
    gzipBytes += gzipSync(code).length;
    for (const specifier of staticImports(code.toString('utf8'))) queue.push(new URL(specifier, url));
  }
  return { files: [...files], gzipBytes };
}

/** Specifiers of static `import ... from "x"` / `import "x"` / `export ... from "x"` (not dynamic `import()`). */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1]!);
  return found;
}

/** What a strict CSP (script-src 'self'; style-src 'self') would block in this page. */
export function cspProblems(html: string): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type');
    if (type === 'application/json' || type === 'application/ld+json') continue;
    if (!script.hasAttribute('src')) problems.push(`inline script: ${script.textContent!.slice(0, 80)}`);
    else if (script.textContent!.trim() !== '') problems.push(`script with both src and content: ${script.getAttribute('src')}`);
  }
  for (const style of document.querySelectorAll('style')) problems.push(`inline <style>: ${style.textContent!.slice(0, 80)}`);
  for (const element of document.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      if (name === 'style') problems.push(`style attribute on <${element.tagName.toLowerCase()}>: ${element.getAttribute('style')}`);
      else if (name.startsWith('on')) problems.push(`event handler attribute ${name} on <${element.tagName.toLowerCase()}>`);
    }
  }
  if (!/<meta http-equiv="Content-Security-Policy"/i.test(html)) problems.push('no Content-Security-Policy meta tag');
  return problems;
}
