/**
 * Where the real exports live (../shared/realdata beside the repository), and a way to build a
 * data folder from some of their files without copying them into the repository.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

export const REALDATA = path.resolve(import.meta.dirname, '../../../shared/realdata');
export const hasRealdata = existsSync(REALDATA);
export const SKIP_MESSAGE = `the real exports are not here (${REALDATA}): these checks run where ../shared/realdata exists`;

/** A temporary data folder holding links to the given real files and an optional config. */
export async function realdataFolder(files: string[], config?: Record<string, unknown>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-real-'));
  for (const file of files) await symlink(path.join(REALDATA, file), path.join(dir, path.basename(file)));
  if (config) await writeFile(path.join(dir, 'quarterdeck.config.json'), JSON.stringify(config));
  return dir;
}

/** Rows of a real CSV file read with papaparse directly (not through Quarterdeck's ingest), header first. */
export function simpleCsv(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true, transformHeader: (h) => h.trim() });
  return parsed.data;
}
