/**
 * The script of an encrypted site (bundled as a classic script, `_share/unlock.js`, so that it
 * also runs from disk, where module scripts do not). Two roles, told apart by the page:
 *
 * - A locked page (it has `meta[name=quarterdeck-lock]` and a `template#quarterdeck-payload`):
 *   with the session's key, decrypt the page and show it; without one, show the password form.
 *   The password derives the key (src/share/unlockCrypto.ts); the content key, never the
 *   password, is kept in sessionStorage for this tab, under the build's id.
 * - An unlocked page (the decrypted HTML, whose head loads this script again with
 *   `data-quarterdeck-build`): the "Lock" link forgets the key; links to the site's data files
 *   (CSV, JSON, SVG, Markdown...) are encrypted on the server, so a click loads the file's
 *   sidecar script (`<file>.js`, which calls window.quarterdeckFile) and saves the decrypted
 *   bytes. A script, not fetch(): the CSP says connect-src 'none', and file:// has no fetch.
 */
import { decryptPayload, exportContentKey, fromBase64, importContentKey, unlockContentKey, type Lock } from './unlockCrypto.ts';

declare global {
  interface Window {
    quarterdeckFile?: (from: HTMLOrSVGScriptElement | null, payload: string) => void;
  }
}

const STORAGE_PREFIX = 'quarterdeck-key:';
const DATA_FILE = /\.(csv|json|svg|md|txt|xml|tsv)$/i;
const MIME: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
  json: 'application/json',
  svg: 'image/svg+xml',
  md: 'text/markdown;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  xml: 'application/xml',
};

const script = document.currentScript as HTMLScriptElement | null;
/** The site's root folder: this script lives in `<root>/_share/unlock.js`. */
const root = new URL('../', script?.src ?? location.href);

/** sessionStorage, or a stand-in when the browser refuses it (then each page asks again). */
const store: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = (() => {
  try {
    const s = window.sessionStorage;
    s.getItem('x');
    return s;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
})();

function readLock(content: string): Lock | null {
  const [version, iterations, salt, keys] = content.split(';');
  if (version !== 'v1' || !iterations || !salt || !keys) return null;
  return { iterations: Number(iterations), salt, keys: keys.split(',') };
}

async function sessionKey(build: string): Promise<CryptoKey | null> {
  const raw = store.getItem(STORAGE_PREFIX + build);
  if (raw === null) return null;
  try {
    return await importContentKey(fromBase64(raw));
  } catch {
    store.removeItem(STORAGE_PREFIX + build);
    return null;
  }
}

function show(html: string): void {
  // Writing the page replaces this one as if it had been loaded: its own scripts and styles run.
  document.open();
  document.write(html);
  document.close();
}

async function lockedPage(meta: HTMLMetaElement, template: HTMLTemplateElement): Promise<void> {
  const build = meta.dataset.build ?? '';
  const lock = readLock(meta.content);
  const form = document.getElementById('quarterdeck-unlock') as HTMLFormElement | null;
  const input = document.getElementById('quarterdeck-password') as HTMLInputElement | null;
  const status = document.getElementById('quarterdeck-status');
  const payload = template.content.textContent ?? '';
  if (lock === null || form === null || input === null || status === null) return;
  const say = (text: string, error = false): void => {
    status.textContent = text;
    status.classList.toggle('error', error);
  };
  if (!globalThis.crypto?.subtle) {
    say('This browser cannot decrypt here: open the site over HTTPS (or from http://localhost, or from disk).', true);
    return;
  }
  const decoder = new TextDecoder();
  const known = await sessionKey(build);
  if (known !== null) {
    try {
      show(decoder.decode(await decryptPayload(known, payload)));
      return;
    } catch {
      store.removeItem(STORAGE_PREFIX + build);
    }
  }
  form.hidden = false;
  input.focus();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const password = input.value;
    if (password === '') {
      say('Type the password, then press Enter.', true);
      return;
    }
    const button = form.querySelector('button');
    if (button) button.disabled = true;
    input.disabled = true;
    say('Unlocking…');
    void (async () => {
      let html: string | null = null;
      try {
        const key = await unlockContentKey(password, lock);
        if (key !== null) {
          html = decoder.decode(await decryptPayload(key, payload));
          store.setItem(STORAGE_PREFIX + build, await exportContentKey(key));
        }
      } catch {
        html = null;
      }
      if (html !== null) {
        show(html);
        return;
      }
      if (button) button.disabled = false;
      input.disabled = false;
      input.value = '';
      input.focus();
      say('Wrong password: nothing was unlocked. Check it and try again.', true);
    })();
  });
}

/** Loads `<file>.js` and waits for it to hand over the file's payload. */
function loadSidecar(url: URL, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const tag = document.createElement('script');
    const previous = window.quarterdeckFile;
    window.quarterdeckFile = (from, payload) => {
      if (from === tag) resolve(payload);
      else previous?.(from, payload);
    };
    tag.src = `${url.href.replace(/[?#].*$/, '')}.js`;
    tag.onerror = () => reject(new Error(`${path} could not be loaded`));
    tag.onload = () => {
      tag.remove();
      window.quarterdeckFile = previous;
      reject(new Error(`${path} held no payload`));
    };
    document.head.append(tag);
  });
}

function save(bytes: Uint8Array<ArrayBuffer>, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function unlockedPage(build: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-quarterdeck-lock]')) {
    link.hidden = false;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      store.removeItem(STORAGE_PREFIX + build);
      location.reload();
    });
  }
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!(target instanceof HTMLAnchorElement)) return;
    const url = new URL(target.href, location.href);
    if (!url.href.startsWith(root.href) || !DATA_FILE.test(url.pathname)) return;
    event.preventDefault();
    const path = decodeURIComponent(url.pathname.slice(root.pathname.length));
    const name = target.getAttribute('download') || path.split('/').pop() || 'download';
    const extension = (/\.([a-z]+)$/i.exec(path)?.[1] ?? '').toLowerCase();
    void (async () => {
      const key = await sessionKey(build);
      if (key === null) {
        location.reload();
        return;
      }
      try {
        const bytes = await decryptPayload(key, await loadSidecar(url, path));
        save(bytes, name, MIME[extension] ?? 'application/octet-stream');
      } catch (error) {
        window.alert(`The file could not be decrypted: ${error instanceof Error ? error.message : String(error)}`);
      }
    })();
  });
}

const meta = document.querySelector<HTMLMetaElement>('meta[name="quarterdeck-lock"]');
const template = document.getElementById('quarterdeck-payload');
if (meta !== null && template instanceof HTMLTemplateElement) {
  void lockedPage(meta, template);
} else if (script?.dataset.quarterdeckBuild) {
  const build = script.dataset.quarterdeckBuild;
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => unlockedPage(build));
  else unlockedPage(build);
}
