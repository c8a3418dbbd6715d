/**
 * Checks of built files against text from a hostile data folder, without a browser:
 * - markupProblems: an HTML page (or an SVG file) parsed with linkedom: no event-handler
 *   attribute, no script but the site's own files, no `javascript:` URL, no element that only the
 *   data's markup would create, embedded JSON that parses, no double escaping (text or attributes);
 * - csvFormulaProblems: a CSV download where a text cell would run as a spreadsheet formula;
 * - cspMetaProblems: the Content-Security-Policy meta tag is there, comes before anything it
 *   governs, and is strict.
 */
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';

/** Attributes that hold a URL a browser may follow or load. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'cite', 'srcset', 'manifest']);
/** Elements the site never writes: found in a page, they came from the data. */
const FOREIGN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'img', 'style', 'textarea', 'b', 'i', 'foreignobject', 'math', 'template', 'noscript']);
/** Text that shows an escaped value escaped a second time. */
const DOUBLE_ESCAPED = ['&lt;script', '&lt;img', '&lt;svg', '&quot;', '&#39;', '&#x27;', '&amp;amp;'];

export interface MarkupOptions {
  /** Base path of the site, `/` or `/sales/q3/`: scripts and stylesheets must come from `<base>_assets/`. */
  base: string;
}

export function markupProblems(html: string, options: MarkupOptions): string[] {
  const { document } = parseHTML(html);
  const problems: string[] = [];
  const assets = `${options.base}_assets/`;
  // Links are relative to the page (the site works from disk): ./_assets/, ../../_assets/...
  const ownAsset = (href: string) => href.startsWith(assets) || /^(\.\/|(\.\.\/)+)_assets\/[^/]+$/.test(href);
  const where = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}>`;

  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (FOREIGN_ELEMENTS.has(tag)) problems.push(`element ${where(el)} from the data: ${el.outerHTML.slice(0, 120)}`);
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (name.startsWith('on')) problems.push(`event handler ${name}="${value}" on ${where(el)}`);
      const twice = DOUBLE_ESCAPED.find((marker) => value.includes(marker));
      if (twice !== undefined) problems.push(`attribute ${name} escaped twice ("${twice}") on ${where(el)}: ${value.slice(0, 80)}`);
      if (name === 'srcdoc') problems.push(`srcdoc on ${where(el)}`);
      if (URL_ATTRIBUTES.has(name) || name.endsWith(':href')) {
        const url = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (/^(javascript|vbscript):/.test(url) || /^data:(text\/html|image\/svg|application)/.test(url)) {
          problems.push(`${name}="${value}" on ${where(el)}`);
        }
      }
    }
    if (tag === 'meta' && (el.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') problems.push('a meta refresh');
    if (tag === 'link') {
      const rel = (el.getAttribute('rel') ?? '').toLowerCase();
      const href = el.getAttribute('href') ?? '';
      if ((rel === 'stylesheet' || rel === 'modulepreload' || rel === 'preload') && !ownAsset(href)) problems.push(`<link rel="${rel}"> from ${href}`);
    }
  }

  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const src = script.getAttribute('src');
    if (type === 'application/json' || type === 'application/ld+json') {
      try {
        JSON.parse(script.textContent ?? '');
      } catch {
        problems.push(`embedded JSON does not parse (a value ended the script early?): ${(script.textContent ?? '').slice(0, 80)}`);
      }
      continue;
    }
    if (src === null) problems.push(`inline script: ${(script.textContent ?? '').slice(0, 80)}`);
    else if (!ownAsset(src)) problems.push(`script from ${src}, not the site's own ${assets}`);
    else if ((script.textContent ?? '').trim() !== '') problems.push(`script with both src and content: ${src}`);
  }
  // Raw text of embedded JSON must not hold anything that ends or comments out the script.
  for (const m of html.matchAll(/<script[^>]*type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/gi)) {
    if (/<!--|<script/i.test(m[1]!)) problems.push(`embedded JSON holds "<!--" or "<script": ${m[1]!.slice(0, 80)}`);
  }

  const text = document.documentElement?.textContent ?? '';
  for (const marker of DOUBLE_ESCAPED) {
    const at = text.indexOf(marker);
    if (at >= 0) problems.push(`text escaped twice ("${marker}"): …${text.slice(Math.max(0, at - 40), at + 60)}…`);
  }
  return problems;
}

/** A text cell (not a number) that starts with = + - @ tab or CR, and would run as a formula. */
export function csvFormulaProblems(csv: string): { problems: string[]; neutralised: number } {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true });
  const problems: string[] = [];
  let neutralised = 0;
  parsed.data.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (/^'[=+\-@\t\r]/.test(cell)) neutralised += 1;
      if (/^[=+\-@\t\r]/.test(cell) && !/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell)) problems.push(`line ${r + 1}, field ${c + 1}: ${JSON.stringify(cell)}`);
    });
  });
  return { problems, neutralised };
}

/** Directives a strict policy for this site must have, and sources it must not allow. */
const REQUIRED = ["default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "base-uri 'self'"];
const FORBIDDEN = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", "'wasm-unsafe-eval'", 'data:', 'blob:', '*', 'http:', 'https:'];

export function cspMetaProblems(html: string): string[] {
  const { document } = parseHTML(html);
  const metas = [...document.querySelectorAll('meta')].filter((m) => (m.getAttribute('http-equiv') ?? '').toLowerCase() === 'content-security-policy');
  if (metas.length === 0) return ['no Content-Security-Policy meta tag'];
  const problems: string[] = [];
  const meta = metas[0]!;
  if (meta.parentElement?.tagName.toLowerCase() !== 'head') problems.push('the CSP meta tag is not in <head>');
  // A policy applies only to what comes after it: nothing it governs may come first.
  for (const el of document.querySelectorAll('head > *')) {
    if (el === meta) break;
    const tag = el.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'link' || tag === 'base') problems.push(`<${tag}> comes before the CSP meta tag`);
  }
  const policy = meta.getAttribute('content') ?? '';
  const directives = new Map(policy.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/)[0]!, d] as const));
  for (const required of REQUIRED) {
    if (directives.get(required.split(' ')[0]!) !== required) problems.push(`the policy lacks "${required}": ${policy}`);
  }
  for (const [name, directive] of directives) {
    if (name !== 'script-src' && name !== 'style-src' && name !== 'default-src' && name !== 'object-src' && name !== 'connect-src') continue;
    const sources = directive.split(/\s+/).slice(1);
    for (const bad of FORBIDDEN) if (sources.includes(bad)) problems.push(`${name} allows ${bad}`);
  }
  return problems;
}
