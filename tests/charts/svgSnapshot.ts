/**
 * Pinned chart output, as Observable Plot's own tests pin theirs: the rendered chart is
 * normalised (numbers rounded to two decimals, one element per line) and compared with
 * `tests/charts/snapshots/<name>.html`. On a mismatch the new output is written beside it as
 * `<name>-changed.html` for review (git ignores it), and the test fails; a missing snapshot is
 * written on a developer's machine and fails under CI=true, where snapshots are never written.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const DIR = path.join(import.meta.dirname, 'snapshots');

/** Rounds every decimal number to two places and puts each tag on its own line. */
export function normaliseSvg(html: string): string {
  return html
    .replace(/-?\d+\.\d+(?:e[-+]?\d+)?/gi, (n) => {
      const r = Math.round(Number(n) * 100) / 100;
      return String(Object.is(r, -0) ? 0 : r);
    })
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

export function expectSvgSnapshot(name: string, html: string): void {
  const actual = normaliseSvg(html);
  const file = path.join(DIR, `${name}.html`);
  const changed = path.join(DIR, `${name}-changed.html`);
  if (!existsSync(file)) {
    if (process.env.CI === 'true') throw new Error(`missing chart snapshot: ${path.relative(process.cwd(), file)} (run the tests outside CI to write it, then commit it)`);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `chart ${name} changed: compare ${path.relative(process.cwd(), changed)} with its snapshot; if the change is meant, move it over the snapshot`).toBe(expected);
}
