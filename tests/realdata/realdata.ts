/**
 * Where the real exports live (../shared/realdata beside the repository), and a way to build a
 * data folder from some of their files without copying them into the repository.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, it } from 'vitest';

export const REALDATA = path.resolve(import.meta.dirname, '../../../shared/realdata');
export const hasRealdata = existsSync(REALDATA);
export const SKIP_MESSAGE = `the real exports are not here (${REALDATA}): these checks run where ../shared/realdata exists`;

/** Set by .ci/run whenever ../shared/realdata exists: a missing dataset then fails instead of skipping. */
export const REQUIRE_REALDATA = process.env.REQUIRE_REALDATA === '1';

/** A file or folder of the real exports, e.g. `realdataPath('maven-crm', 'sales_pipeline.csv')`. */
export function realdataPath(...parts: string[]): string {
  return path.join(REALDATA, ...parts);
}

/**
 * The one guard for checks on the real exports: `describe(title, body)` where every named dataset
 * (a folder or file under ../shared/realdata) exists. Where one is missing the suite is one skipped
 * test whose name says which and why, and under REQUIRE_REALDATA=1 one failing test instead. The
 * body runs only when the data is there, so it may read files while collecting tests.
 */
export function describeRealdata(title: string, datasets: readonly string[], body: () => void): void {
  const missing = datasets.filter((d) => !existsSync(realdataPath(d)));
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const why = `missing ${missing.map((d) => realdataPath(d)).join(', ')}`;
  if (REQUIRE_REALDATA) {
    describe(title, () => {
      it(`needs the real exports (${why})`, () => {
        throw new Error(`REQUIRE_REALDATA=1 but the real exports are incomplete: ${why}`);
      });
    });
    return;
  }
  console.warn(`skipped "${title}": ${why} (these checks run where ../shared/realdata exists)`);
  describe.skip(title, () => {
    it(`skipped: ${why}`, () => {});
  });
}

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
