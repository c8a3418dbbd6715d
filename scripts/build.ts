/**
 * `npm run build [-- --data DIR] [--out DIR] [--strict] [--site URL] [--base PATH]`
 * Data stage, metrics, then the static site. The site is built into a temporary folder beside
 * the output folder and moved into place only when everything succeeded, so a failed build
 * leaves the previous site as it was.
 * Exit codes: 0 built; 1 the data cannot produce a dashboard; 2 usage error; 3 internal error.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli, parseCliArgs } from './cli/args.ts';
import { formatSummary } from './cli/summary.ts';
import { buildSite } from './cli/buildSite.ts';
import { describeShare, SHARE_USAGE, shareOptions } from '../src/share/shareArgs.ts';
import { ShareInputError } from '../src/share/sharePasswords.ts';
import { ScopeError } from '../src/model/scopeModel.ts';
import { UsageError } from './cli/args.ts';

const USAGE = `usage: npm run build -- [--data DIR] [--out DIR] [--strict] [--site URL] [--base PATH] ${SHARE_USAGE}`;

await runCli(async () => {
  const args = parseCliArgs(process.argv.slice(2), {
    data: { type: 'string', default: 'data' },
    out: { type: 'string', default: 'dist' },
    strict: { type: 'boolean', default: false },
    site: { type: 'string' },
    base: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    encrypt: { type: 'boolean', default: false },
    'password-file': { type: 'string' },
    audience: { type: 'string', multiple: true },
    redact: { type: 'string', multiple: true },
    scope: { type: 'string' },
  }, USAGE);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const share = await shareOptions(args, process.env).catch(asUsageError);
  const result = await buildSite({
    dataDir: args.data,
    outDir: args.out,
    strict: args.strict,
    site: args.site,
    base: args.base,
    log: args.quiet ? () => {} : (m) => process.stderr.write(`  ${m}\n`),
    share,
  }).catch(asUsageError);
  process.stdout.write(`${formatSummary(result.report)}\n`);
  if (!result.ok) {
    process.stdout.write(`\nNo site was built${result.previousKept ? `; the previous site in ${args.out} is unchanged` : ''}.\n`);
    return 1;
  }
  if (share !== undefined) process.stdout.write(`\n${describeShare(share)}\n`);
  const index = path.join(path.resolve(args.out), 'index.html');
  process.stdout.write(`\nSite built in ${args.out}/ (${result.pages} pages, ${result.seconds.toFixed(1)} s). Open ${pathToFileURL(index).href} in a browser (it works from disk; the folder can be zipped and sent), or run "npm run preview" to serve it.\n`);
  return 0;
});

/** A sharing flag the data cannot honour (an unknown team, a short password) is a usage error. */
function asUsageError(error: unknown): never {
  if (error instanceof ShareInputError || error instanceof ScopeError) throw new UsageError(error.message);
  throw error;
}
