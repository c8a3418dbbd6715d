/**
 * An encrypted site's addresses must not give its contents away: a rep's page is
 * `reps/ana-lopez-1a2b/` and its CSV `csv/rep-ana-lopez-1a2b-open-deals.csv`, so the file names
 * alone would list the reps, and anyone could probe for a name. The encryption pass moves every
 * page below a section (`reps/x/`, `teams/x/`, `quarters/x/`...) to `p/<id>/` and every data
 * file outside `data/` to `f/<id>.<ext>`, the id an HMAC-SHA256 of the old path under the build's
 * content key (new with each build, so ids say nothing and cannot be guessed), and rewrites the
 * links of every page (before it is encrypted) to match; a download keeps its file name through
 * the link's `download` attribute. Top-level sections (`forecast/`, `reps/`...) and the
 * documented machine outputs in `data/` keep their addresses.
 */
import { createHmac } from 'node:crypto';
import path from 'node:path';

const KEPT = /^(index\.html|[^/]+\/index\.html|data\/[^/]+|_assets\/.*|_share\/.*|[^/]+\.(txt|ico|webmanifest))$/;

/** Old path -> new path, for the files that move. */
export function opaquePaths(files: readonly string[], key: Uint8Array): Map<string, string> {
  const moves = new Map<string, string>();
  for (const file of files) {
    if (KEPT.test(file)) continue;
    const id = createHmac('sha256', key).update(file).digest('hex').slice(0, 24);
    moves.set(file, file.endsWith('/index.html') ? `p/${id}/index.html` : `f/${id}${path.posix.extname(file)}`);
  }
  return moves;
}

/**
 * The page's links and sources to moved files, pointed at their new place. `from` is where the
 * page was built (links resolve from there), `to` where it now lives (relative links are
 * written from there); `base` is the site's base path (`/` or `/sales/q3/`).
 */
export function rewriteLinks(html: string, from: string, to: string, moves: ReadonlyMap<string, string>, base: string): string {
  if (moves.size === 0 && from === to) return html;
  return html.replace(/<(a|link|img|script|source|use|image|area|iframe)\b[^>]*>/gi, (tag, name: string) => {
    let renamedFile: string | null = null;
    const rewritten = tag.replace(/(\s(?:href|src|xlink:href))="([^"]*)"/gi, (whole, attr: string, value: string) => {
      const next = rewriteUrl(value, from, to, moves, base);
      if (next === null) return whole;
      if (next.renamedFile !== null) renamedFile = next.renamedFile;
      return `${attr}="${next.url}"`;
    });
    if (renamedFile !== null && name.toLowerCase() === 'a' && !/\sdownload="[^"]+"/i.test(rewritten)) {
      const file: string = renamedFile;
      return rewritten.replace(/\sdownload(?=[\s>/])/i, '').replace(/^<a\b/i, `<a download="${file.replace(/"/g, '&quot;')}"`);
    }
    return rewritten;
  });
}

function rewriteUrl(value: string, from: string, to: string, moves: ReadonlyMap<string, string>, base: string): { url: string; renamedFile: string | null } | null {
  if (value === '' || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return null;
  const cut = value.search(/[?#]/);
  const pathPart = cut === -1 ? value : value.slice(0, cut);
  const rest = cut === -1 ? '' : value.slice(cut);
  const absolute = pathPart.startsWith('/');
  let target: string;
  if (absolute) {
    if (!pathPart.startsWith(base) && `${pathPart}/` !== base) return null;
    target = pathPart.slice(base.length);
  } else {
    target = path.posix.join(path.posix.dirname(from), pathPart);
    if (target.startsWith('..')) return null;
    if (pathPart.endsWith('/') && !target.endsWith('/')) target += '/';
  }
  target = decodeURI(target.replace(/^\.\/?/, ''));
  const file = target === '' || target.endsWith('/') ? `${target}index.html` : path.posix.extname(target) === '' ? `${target}/index.html` : target;
  const moved = moves.get(file);
  if (moved === undefined) {
    // Unmoved target: only a relative link from a page that moved needs rewriting.
    if (absolute || from === to) return null;
    return { url: relative(to, file, target.endsWith('/') || target === '' || path.posix.extname(target) === '') + rest, renamedFile: null };
  }
  const isPage = moved.endsWith('/index.html');
  const url = absolute ? `${base}${isPage ? moved.slice(0, -'index.html'.length) : moved}` : relative(to, moved, isPage);
  return { url: url + rest, renamedFile: isPage ? null : path.posix.basename(file) };
}

/** From the page `to` to the file `file`; pages as their folder (`../p/x/`). */
function relative(to: string, file: string, asFolder: boolean): string {
  const target = asFolder ? path.posix.dirname(file) : file;
  const rel = path.posix.relative(path.posix.dirname(to), target);
  if (asFolder) return rel === '' ? './' : `${rel}/`;
  return rel;
}
