/**
 * URL-safe names for pages about a rep, team, region or quarter. Names come from spreadsheets,
 * so they are never put in a URL as they are: `slug('Ana Ruiz')` is `ana-ruiz-` plus a short hash
 * of the exact name, so names that read the same once simplified ("José" and "Jose", "Ana Ruiz"
 * and "ana ruiz") still get different pages. Lower-case ASCII letters, digits and dashes only.
 */

/** Longest readable part kept before the hash. */
const MAX_BASE = 40;

export function slug(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_BASE)
    .replace(/-+$/, '');
  const hash = fnv1a(name);
  // A name with no ASCII letter or digit at all (say 王伟) is known by its hash alone: a longer one.
  return base === '' ? `n-${hash.toString(16).padStart(8, '0')}` : `${base}-${(hash >>> 16).toString(16).padStart(4, '0')}`;
}

/** Path segment of a fiscal quarter's page: `FY2027-Q2` -> `fy2027-q2`. */
export function quarterSlug(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** 32-bit FNV-1a over the UTF-16 code units of the text. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
