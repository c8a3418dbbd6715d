/** The data stage on a fresh folder holding copies of fixtures from tests/fixtures/crm. */
import { copyFileSync, mkdtempSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runDataStage, type DataStageResult } from '../../src/dataStage.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/crm');

/** The data stage on a fresh folder holding copies of the given fixtures. */
export async function stageOn(...files: string[]): Promise<DataStageResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qd-crm-'));
  for (const file of files) {
    const target = path.join(dir, path.basename(file));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(path.join(FIXTURES, file), target);
  }
  return runDataStage({ dataDir: dir });
}

