import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findDataFiles } from '../../src/ingest/findDataFiles.ts';

let root = '';
let data = '';

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'quarterdeck-find-'));
  data = path.join(root, 'data');
  const outside = path.join(root, 'outside');
  const files = [
    'deals.csv',
    'Quotas.XLSX',
    'b.tsv',
    'notes.txt',
    'macro.xlsm',
    'old.xls',
    'quarterdeck.config.json',
    'readme.md',
    '.hidden.csv',
    '~$deals.xlsx',
    'sub/history.csv',
    'sub/deeper/roster.xlsx',
    'sub/Z.csv',
    '.git/HEAD.csv',
    'é.csv',
    'z.csv',
  ];
  for (const file of files) {
    mkdirSync(path.dirname(path.join(data, file)), { recursive: true });
    writeFileSync(path.join(data, file), 'a,b\n');
  }
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(outside, 'secret.csv'), 'a\n');
  symlinkSync(outside, path.join(data, 'linked-outside'));
  symlinkSync(path.join(data, 'sub'), path.join(data, 'zz-linked-sub'));
  symlinkSync(path.join(data, 'sub'), path.join(data, 'sub', 'loop'));
});
afterAll(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

describe('findDataFiles', () => {
  it('lists data files recursively, relative with / separators, sorted by byte order', async () => {
    expect(await findDataFiles(data)).toEqual([
      'Quotas.XLSX',
      'b.tsv',
      'deals.csv',
      'macro.xlsm',
      'notes.txt',
      'old.xls',
      'sub/Z.csv',
      'sub/deeper/roster.xlsx',
      'sub/history.csv',
      'z.csv',
      'é.csv',
    ]);
  });

  it('skips dot-files, dot-folders, Excel lock files, other extensions, links out of the folder and folders already walked', async () => {
    const files = await findDataFiles(data);
    expect(files.some((f) => f.includes('.hidden') || f.includes('.git') || f.includes('~$'))).toBe(false);
    expect(files.some((f) => f.includes('secret'))).toBe(false);
    expect(files.some((f) => f.includes('zz-linked-sub') || f.includes('loop'))).toBe(false);
  });

  it('throws a full sentence when the folder does not exist', async () => {
    await expect(findDataFiles(path.join(root, 'missing'))).rejects.toThrow(
      `The data folder ${path.join(root, 'missing')} cannot be read (ENOENT): create it, or point Quarterdeck at the folder that holds the CRM exports.`,
    );
  });
});
