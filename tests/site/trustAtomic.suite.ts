/**
 * Trust: a failed build never leaves a half-written site. A copy of the sample build (from the
 * determinism suite) is the "previous site"; builds that fail are run with the same --out and
 * must leave every file of it as it was, and no `<out>.building-*` or `<out>.previous-*` folder
 * beside it: one whose data has no deals (the data stage stops it: exit 1), one whose data
 * folder does not exist (exit 1), and one whose disk fills up while Astro writes the pages
 * (tests/fixtures/trust/failWrite.mjs fails the third page with ENOSPC: exit 3).
 */
import { copyFile, cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './harness.ts';
import { FAIL_WRITE, FAULT_MARK, hashTree, leftovers, runBuild, samplePair, trustTempDir } from './trustBuilds.ts';

describe('trust: a failed build leaves the previous site', () => {
  let out: string;
  let before: Map<string, string>;

  beforeAll(async () => {
    const { reference } = await samplePair();
    if (reference.run.code !== 0) throw new Error(`the sample did not build:\n${reference.run.stdout}\n${reference.run.stderr}`);
    out = path.join(await trustTempDir('atomic'), 'site');
    await cp(reference.out, out, { recursive: true });
    before = await hashTree(out);
  });

  it('a data folder without deals: exit 1, the previous site unchanged, no staging folder left', async () => {
    const data = path.join(await trustTempDir('no-deals'), 'data');
    await mkdir(data, { recursive: true });
    await copyFile(path.join(PROJECT_ROOT, 'data/sample/roster.csv'), path.join(data, 'roster.csv'));
    const run = await runBuild({ data, out });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('No deals were found');
    expect(run.stdout).toContain(`No site was built; the previous site in ${out} is unchanged.`);
    expect(await hashTree(out)).toEqual(before);
    expect(await leftovers(out)).toEqual([]);
  });

  it('a data folder that does not exist: exit 1, the previous site unchanged', async () => {
    const run = await runBuild({ data: path.join(path.dirname(out), 'no-such-folder'), out });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(run.stdout).toContain('does not exist');
    expect(await hashTree(out)).toEqual(before);
    expect(await leftovers(out)).toEqual([]);
  });

  it('the disk fills up while the pages are written: the build fails, the previous site unchanged, no staging folder left', async () => {
    const run = await runBuild({ data: path.join(PROJECT_ROOT, 'data'), out, preloads: [FAIL_WRITE] });
    expect(run.stderr, 'the fault was never injected: Astro no longer writes pages with fs.promises.writeFile?').toContain(FAULT_MARK);
    expect(run.code, run.stdout + run.stderr).not.toBe(0);
    expect(run.stderr).toContain('ENOSPC');
    expect(await hashTree(out)).toEqual(before);
    expect(await leftovers(out)).toEqual([]);
  });
});
