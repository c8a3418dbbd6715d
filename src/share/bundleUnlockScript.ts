/**
 * src/share/unlock.ts as one classic script (IIFE, no imports), the form a page can load from
 * disk as well as from a server.
 */
import path from 'node:path';
import { build } from 'esbuild';

const ENTRY = path.join(import.meta.dirname, 'unlock.ts');

export async function bundleUnlockScript(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error('bundleUnlockScript: esbuild wrote nothing');
  return output.text;
}
