/**
 * The passwords of an encrypted build, from `QUARTERDECK_PASSWORD`, `--password-file FILE` (one
 * password per line, one line per audience) and `--audience NAME=FILE` (the file's first line).
 * Never from the config file, never written anywhere. Mistakes are one sentence that says how
 * to fix them (thrown as ShareInputError; the CLI turns it into a usage error).
 */
import { readFile } from 'node:fs/promises';

export const PASSWORD_ENV = 'QUARTERDECK_PASSWORD';
/** Shorter passphrases fall quickly to an offline guessing attack on the published files. */
export const MIN_PASSWORD_LENGTH = 12;

export class ShareInputError extends Error {}

export interface Audience {
  /** `--audience` name, or `line N of FILE`, or the environment variable: for messages only. */
  name: string;
  password: string;
}

export interface PasswordSources {
  env?: string | undefined;
  passwordFile?: string | undefined;
  audiences?: readonly string[] | undefined;
}

export async function sharePasswords(sources: PasswordSources): Promise<Audience[]> {
  const found: Audience[] = [];
  if (sources.env !== undefined && sources.env !== '') found.push({ name: PASSWORD_ENV, password: sources.env });
  if (sources.passwordFile !== undefined) {
    const lines = (await readText(sources.passwordFile, '--password-file')).split(/\r?\n/);
    lines.forEach((line, i) => {
      if (line.trim() !== '') found.push({ name: `line ${i + 1} of ${sources.passwordFile}`, password: line });
    });
    if (!lines.some((l) => l.trim() !== '')) throw new ShareInputError(`${sources.passwordFile} holds no password: write one password per line (one line per audience).`);
  }
  const names = new Set<string>();
  for (const pair of sources.audiences ?? []) {
    const at = pair.indexOf('=');
    const name = at > 0 ? pair.slice(0, at).trim() : '';
    const file = at > 0 ? pair.slice(at + 1).trim() : '';
    if (name === '' || file === '') throw new ShareInputError(`--audience ${pair} should be NAME=FILE, for example --audience board=board-password.txt.`);
    if (names.has(name)) throw new ShareInputError(`--audience ${name} is given twice: give each audience one password file.`);
    names.add(name);
    const first = (await readText(file, `--audience ${name}`)).split(/\r?\n/)[0] ?? '';
    if (first.trim() === '') throw new ShareInputError(`${file} (--audience ${name}) holds no password on its first line.`);
    found.push({ name: `audience ${name}`, password: first });
  }
  for (const a of found) {
    if ([...a.password.normalize('NFC')].length < MIN_PASSWORD_LENGTH) {
      throw new ShareInputError(
        `The password from ${a.name} is shorter than ${MIN_PASSWORD_LENGTH} characters: an encrypted static site can be attacked offline, so use a long passphrase (four or more random words).`,
      );
    }
  }
  const seen = new Map<string, string>();
  for (const a of found) {
    const key = a.password.normalize('NFC');
    const other = seen.get(key);
    if (other !== undefined) throw new ShareInputError(`The passwords from ${other} and ${a.name} are the same: give each audience its own password.`);
    seen.set(key, a.name);
  }
  return found;
}

async function readText(file: string, option: string): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unreadable';
    throw new ShareInputError(`${option}: ${file} could not be read (${code}): give the path of a text file holding the password.`);
  }
}
