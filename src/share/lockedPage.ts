/**
 * The page an encrypted site serves at every page's address: a password form, the page's
 * encrypted HTML in an inert `<template>`, and the unlock script (src/share/unlock.ts) as an
 * external file, so the site's strict Content-Security-Policy holds. Nothing in it names the
 * company, a rep or a number: the title is the same on every page.
 */
import type { LockInfo } from './shareCrypto.ts';

export const DEFAULT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'";

export interface LockedPageOptions {
  /** From this page to the site's root folder: `''`, `../`, `../../`... */
  toRoot: string;
  /** The page's Content-Security-Policy (the site's own). */
  csp: string;
  lock: LockInfo;
  build: string;
  payload: string;
}

export function lockMeta(lock: LockInfo): string {
  return `v1;${lock.iterations};${lock.salt};${lock.keys.join(',')}`;
}

export function lockedPage(o: LockedPageOptions): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="${attr(o.csp)}">
    <link rel="icon" href="data:,">
    <meta name="color-scheme" content="light dark">
    <meta name="robots" content="noindex, nofollow">
    <meta name="quarterdeck-lock" content="${attr(lockMeta(o.lock))}" data-build="${attr(o.build)}">
    <title>Locked · Quarterdeck</title>
    <link rel="stylesheet" href="${attr(o.toRoot)}_share/unlock.css">
    <script src="${attr(o.toRoot)}_share/unlock.js" defer></script>
  </head>
  <body>
    <main class="quarterdeck-locked">
      <h1>This dashboard is locked</h1>
      <noscript><p class="error">This site is encrypted and needs JavaScript to unlock it: turn JavaScript on for this site, then reload the page.</p></noscript>
      <form id="quarterdeck-unlock" hidden>
        <input name="username" type="text" autocomplete="username" value="Quarterdeck dashboard" hidden>
        <label for="quarterdeck-password">Password</label>
        <input id="quarterdeck-password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit">Unlock</button>
      </form>
      <p id="quarterdeck-status" role="status" aria-live="polite"></p>
      <p class="hint">The password is asked once per browser tab; “Lock” at the top of any page forgets it.</p>
    </main>
    <template id="quarterdeck-payload">${o.payload}</template>
  </body>
</html>
`;
}

export const LOCKED_PAGE_CSS = `:root { color-scheme: light dark; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
.quarterdeck-locked { max-width: 26rem; padding: 2rem; }
.quarterdeck-locked h1 { font-size: 1.4rem; margin: 0 0 1rem; }
.quarterdeck-locked form { display: grid; gap: 0.5rem; }
.quarterdeck-locked form[hidden] { display: none; }
.quarterdeck-locked input { font: inherit; padding: 0.5rem; }
.quarterdeck-locked button { font: inherit; padding: 0.5rem 1rem; justify-self: start; }
.quarterdeck-locked .error { color: #b00020; font-weight: 600; }
.quarterdeck-locked .hint { font-size: 0.85rem; opacity: 0.8; }
@media (prefers-color-scheme: dark) { .quarterdeck-locked .error { color: #ff8a80; } }
`;

function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
