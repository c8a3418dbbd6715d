/**
 * The encryption pass over a built site (after Astro, before the site is moved into place):
 * every file that carries data is replaced by its encrypted form, under one content key per
 * build wrapped once per audience password (src/share/shareCrypto.ts).
 *
 * - A page (`.html`) becomes the locked page (src/share/lockedPage.ts) holding the encrypted
 *   original, to which the unlock script was added (it wires "Lock" and the downloads).
 * - Any other file (CSV, JSON, SVG, Markdown, ...) becomes a short notice at the same address,
 *   and its encrypted bytes go to `<file>.js`, a script the unlock script loads on a click:
 *   scripts load from disk and under `connect-src 'none'`, where fetch() does not.
 * - The site's own code and styles in `_assets/` (scripts, stylesheets, fonts) carry no data and
 *   stay as they are; anything else there is encrypted too.
 * - Pages below a section and data files outside `data/` move to opaque addresses
 *   (src/share/opaquePaths.ts), so the file names do not list the reps.
 * Nothing is written but into the site folder; the passwords are never written.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, rmdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { encryptPayload, makeLock, newContentKey, type LockInfo } from './shareCrypto.ts';
import { DEFAULT_CSP, LOCKED_PAGE_CSS, lockedPage } from './lockedPage.ts';
import { bundleUnlockScript } from './bundleUnlockScript.ts';
import { opaquePaths, rewriteLinks } from './opaquePaths.ts';

export const SHARE_DIR = '_share';
/** Code and styles of the site itself, which hold no data. */
const PLAIN_ASSET = /^_assets\/[^/]+\.(js|mjs|css|woff2?|ttf|otf)$/i;

export interface EncryptSiteOptions {
  /** One per audience; each unlocks the whole site. */
  passwords: readonly string[];
  /** The site's base path (`/`, `/sales/q3/`), to follow absolute links. Default `/`. */
  base?: string;
  /** For tests: fixed key material (never in a real build). */
  contentKey?: Uint8Array;
  salt?: Uint8Array;
  iterations?: number;
}

export interface EncryptSiteResult {
  pages: number;
  files: number;
  kept: number;
  lock: LockInfo;
  build: string;
}

export async function encryptSite(dir: string, options: EncryptSiteOptions): Promise<EncryptSiteResult> {
  if (options.passwords.length === 0) throw new Error('encryptSite: no password');
  const contentKey = options.contentKey ?? newContentKey();
  const lock = makeLock(contentKey, options.passwords, {
    ...(options.salt ? { salt: options.salt } : {}),
    ...(options.iterations ? { iterations: options.iterations } : {}),
  });
  const build = createHash('sha256').update(lock.salt).update(lock.keys.join(',')).digest('base64url').slice(0, 16);
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
  const result: EncryptSiteResult = { pages: 0, files: 0, kept: 0, lock, build };
  const moves = opaquePaths(files.filter((f) => !PLAIN_ASSET.test(f)), contentKey);
  const base = options.base ?? '/';
  for (const file of files) {
    if (PLAIN_ASSET.test(file) || file.startsWith(`${SHARE_DIR}/`)) {
      result.kept += 1;
      continue;
    }
    const target = moves.get(file) ?? file;
    const bytes = await readFile(path.join(dir, file));
    const full = path.join(dir, target);
    if (target !== file) {
      await rm(path.join(dir, file));
      await mkdir(path.dirname(full), { recursive: true });
    }
    const toRoot = '../'.repeat(target.split('/').length - 1);
    if (file.endsWith('.html')) {
      const html = rewriteLinks(bytes.toString('utf8'), file, target, moves, base);
      const plain = withUnlockScript(html, toRoot, build);
      const payload = encryptPayload(contentKey, Buffer.from(plain, 'utf8'));
      await writeFile(full, lockedPage({ toRoot, csp: pageCsp(html), lock, build, payload }));
      result.pages += 1;
    } else {
      const payload = encryptPayload(contentKey, bytes);
      await writeFile(full, `This file is encrypted. Open the dashboard, unlock it with your password and download the file from its page.\n`);
      await writeFile(`${full}.js`, `window.quarterdeckFile&&window.quarterdeckFile(document.currentScript,${JSON.stringify(payload)});\n`);
      result.files += 1;
    }
  }
  await removeEmptyFolders(dir);
  await mkdir(path.join(dir, SHARE_DIR), { recursive: true });
  await writeFile(path.join(dir, SHARE_DIR, 'unlock.js'), await bundleUnlockScript());
  await writeFile(path.join(dir, SHARE_DIR, 'unlock.css'), LOCKED_PAGE_CSS);
  return result;
}

/** The page's own CSP meta tag's policy (the site's), or the default one. */
function pageCsp(html: string): string {
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return tag?.[1] ? tag[1].replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : DEFAULT_CSP;
}

/** The decrypted page loads the unlock script again (for "Lock" and the downloads). */
function withUnlockScript(html: string, toRoot: string, build: string): string {
  const tag = `<script src="${toRoot}${SHARE_DIR}/unlock.js" data-quarterdeck-build="${build}"></script>`;
  const end = html.lastIndexOf('</body>');
  return end === -1 ? `${html}${tag}` : `${html.slice(0, end)}${tag}${html.slice(end)}`;
}

/** Folders the moves emptied (deepest first). */
async function removeEmptyFolders(dir: string): Promise<void> {
  const folders = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name))
    .sort((a, b) => b.length - a.length);
  for (const folder of folders) {
    if ((await readdir(folder)).length === 0) await rmdir(folder);
  }
}
