/**
 * Redacted builds leave pages out of the built site. Any redaction (`--redact deals` or `reps`)
 * leaves out the earnings: every page under `compensation/` and the compensation and earnings CSV
 * files; `--redact reps` also the rep-level pages: every page under `reps/`, the rep-level CSV
 * files (`csv/rep-*`, `csv/reps-*`, `data/rep-periods.csv`). Links to them on the other pages
 * become their plain text. (The model already holds no
 * rep: src/model/redactModel.ts made each team its only "rep".) A page that should also go can
 * test showsReps() from src/site/share/shareMode.ts, or live under one of these folders.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

const REP_LEVEL = [/^reps\//, /^csv\/reps?-/, /^data\/rep-periods\.csv$/];
const COMPENSATION = [/^compensation\//, /^csv\/compensation/, /^data\/compensation/, /^data\/earnings/];

export interface PruneOptions {
  /** Rep-level pages and CSVs too (`--redact reps`); the earnings always. */
  reps: boolean;
}

export function isRepLevel(file: string, options: PruneOptions = { reps: true }): boolean {
  return COMPENSATION.some((r) => r.test(file)) || (options.reps && REP_LEVEL.some((r) => r.test(file)));
}

export async function pruneRepPages(dir: string, options: PruneOptions = { reps: true }): Promise<{ removed: number }> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  let removed = 0;
  for (const file of files) {
    if (isRepLevel(file, options)) {
      await rm(path.join(dir, file));
      removed += 1;
    }
  }
  for (const file of files) {
    if (isRepLevel(file, options) || !file.endsWith('.html')) continue;
    const full = path.join(dir, file);
    const html = await readFile(full, 'utf8');
    const pageUrl = new URL(`file:///site/${file}`);
    const unlinked = html.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (whole, attrs: string, text: string) => {
      const href = /\bhref="([^"]*)"/.exec(attrs)?.[1];
      if (href === undefined || /^[a-z]+:/i.test(href) || href.startsWith('#')) return whole;
      const target = siteRelative(href.replace(/&amp;/g, '&'), pageUrl);
      return target !== null && isRepLevel(target, options) ? `<span>${text}</span>` : whole;
    });
    if (unlinked !== html) await writeFile(full, unlinked);
  }
  return { removed };
}

/** The link's target inside the site (`reps/x/`), whatever the base path; null when outside. */
function siteRelative(href: string, page: URL): string | null {
  const url = new URL(href, page);
  const pathname = decodeURIComponent(url.pathname);
  // Absolute links carry the base path: find the first known top folder.
  const inside = pathname.replace(/^\/site\//, '/');
  const match = /\/(reps|compensation|csv|data)\/(.*)$/.exec(inside);
  if (match === null) return null;
  const rest = match[2] ?? '';
  return `${match[1]}/${rest === '' ? 'index.html' : rest}`;
}
