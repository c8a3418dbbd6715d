/**
 * Writes the sample into a data folder. It owns `sample/` and `quarterdeck.config.json` there
 * and removes them first; nothing else in the folder is touched.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { SampleFile } from './buildSample.ts';

export async function writeSample(dataDir: string, files: readonly SampleFile[]): Promise<void> {
  await rm(join(dataDir, 'sample'), { recursive: true, force: true });
  await rm(join(dataDir, 'quarterdeck.config.json'), { force: true });
  for (const file of files) {
    if (!file.path.startsWith('sample/') && file.path !== 'quarterdeck.config.json') {
      throw new Error(`writeSample: refusing to write outside sample/: ${file.path}`);
    }
    const target = join(dataDir, ...file.path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, file.bytes);
  }
}
