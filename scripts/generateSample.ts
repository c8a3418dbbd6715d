/**
 * Writes the shipped sample data set (a fictional company's CRM exports) into a data folder.
 *
 *   npx tsx scripts/generateSample.ts [--out data]
 *
 * Deterministic: the same bytes on every run, in any time zone, on any day. Unless --quiet, it
 * then prints a summary and what the site learns from the folder (stage win rates, forecast).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSample } from './sample/buildSample.ts';
import { sampleSummary } from './sample/sampleSummary.ts';
import { siteView, siteViewLines } from './sample/siteView.ts';
import { writeSample } from './sample/writeSample.ts';

const { values } = parseArgs({
  options: { out: { type: 'string', default: 'data' }, quiet: { type: 'boolean', default: false } },
});
const dataDir = resolve(values.out);
const sample = buildSample();
await writeSample(dataDir, sample.files);
if (!values.quiet) {
  const bytes = sample.files.reduce((n, f) => n + f.bytes.length, 0);
  console.log(`Wrote ${sample.files.length} files (${(bytes / 1e6).toFixed(1)} MB) to ${dataDir}.`);
  for (const line of sampleSummary(sample.truth)) console.log(line);
  // What the site will learn from it: the written folder through the real data stage and forecast.
  for (const line of siteViewLines(await siteView(dataDir), sample.truth)) console.log(line);
}
