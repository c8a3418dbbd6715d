/**
 * `npm run check [-- --data DIR] [--json] [--strict] [--suggest-config]`: the data stage only, no site.
 * --suggest-config prints the config entries that would settle what the stage could not
 * decide (near-miss headers, ties decided by values, unknown stages, missing rates), ready to paste.
 * Exit codes: 0 the data can produce a dashboard; 1 it cannot (or --strict and rows were
 * rejected); 2 usage error; 3 internal error.
 */
import { runDataStage } from '../src/dataStage.ts';
import { parseCliArgs, runCli } from './cli/args.ts';
import { formatSummary } from './cli/summary.ts';
import { toCheckJson } from './cli/checkJson.ts';
import { formatSuggestion, suggestConfig } from './cli/suggestConfig.ts';

const USAGE = 'usage: npm run check -- [--data DIR] [--json] [--strict] [--suggest-config]';

await runCli(async () => {
  const args = parseCliArgs(process.argv.slice(2), {
    data: { type: 'string', default: 'data' },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'suggest-config': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  }, USAGE);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const result = await runDataStage({
    dataDir: args.data,
    strict: args.strict,
    log: args.json ? undefined : (m) => process.stderr.write(`  ${m}\n`),
  });
  if (args.json) {
    process.stdout.write(`${JSON.stringify(toCheckJson(result), null, 2)}\n`);
    process.stderr.write(`${formatSummary(result.report)}\n`);
  } else {
    process.stdout.write(`${formatSummary(result.report)}\n`);
  }
  if (args['suggest-config']) process.stdout.write(`\n${formatSuggestion(suggestConfig(result.report))}\n`);
  return result.ok ? 0 : 1;
});
