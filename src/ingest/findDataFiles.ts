/**
 * Every data file under the data folder: .csv .tsv .txt .xlsx .xlsm .xls, recursively, as
 * paths relative to the folder with `/` separators, sorted by byte order. Skips dot-files
 * and dot-folders and Excel's lock files (`~$report.xlsx`). Symlinked folders are followed
 * only when they point inside the data folder, and no folder is walked twice.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export const DATA_EXTENSIONS = ['.csv', '.tsv', '.txt', '.xlsx', '.xlsm', '.xls'] as const;

/** Throws (one full sentence) when dataDir is missing or not a folder; unreadable subfolders are skipped. */
export async function findDataFiles(dataDir: string): Promise<string[]> {
  let root: string;
  try {
    root = await realpath(dataDir);
    if (!(await stat(root)).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
  } catch (error) {
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown error';
    throw new Error(`The data folder ${dataDir} cannot be read (${code}): create it, or point Quarterdeck at the folder that holds the CRM exports.`, {
      cause: error,
    });
  }
  const visited = new Set<string>([root]);
  const found: string[] = [];
  await walk(root, '', root, visited, found);
  return found.sort(byteOrder);
}

async function walk(dir: string, prefix: string, root: string, visited: Set<string>, found: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (prefix === '') throw error;
    return; // an unreadable subfolder
  }
  entries.sort((a, b) => byteOrder(a.name, b.name));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const full = path.join(dir, name);
    const relative = prefix === '' ? name : `${prefix}/${name}`;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    let real = full;
    if (entry.isSymbolicLink()) {
      try {
        real = await realpath(full);
        const target = await stat(real);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a broken link
      }
      if (isDirectory && !isInside(real, root)) continue;
    }
    if (isDirectory) {
      if (visited.has(real)) continue;
      visited.add(real);
      await walk(real, relative, root, visited, found);
    } else if (isFile && DATA_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext))) {
      found.push(relative);
    }
  }
}

function isInside(candidate: string, root: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
