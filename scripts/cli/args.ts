/**
 * Command-line arguments shared by the CLI commands, with friendly usage errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';

export class UsageError extends Error {}

export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError(`${usageMessage(error, Object.keys(options))}\n\n${usage}`);
  }
}

/** Node's parseArgs errors as one sentence that says how to fix the command line. */
function usageMessage(error: unknown, names: readonly string[]): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const text = error instanceof Error ? error.message : String(error);
  const quoted = /'([^']*)'/.exec(text)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const bare = quoted.replace(/^-+/, '').split('=')[0]!;
    const guess = bare === '' || names.length === 0 ? null : closest(bare, [...names]);
    const near = guess !== null && distance(bare, guess) <= Math.max(1, Math.floor(guess.length / 3));
    return near
      ? `${quoted} is not an option of this command; did you mean --${guess}?`
      : `${quoted} is not an option of this command; the options are ${names.map((n) => `--${n}`).join(', ')}.`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const option = quoted.split(' ')[0]!;
    return /argument missing/.test(text)
      ? `${option} needs a value after it, for example ${option} ${option === '--data' || option === '--out' ? 'DIR' : 'VALUE'}.`
      : `${option} takes no value: write ${option} on its own.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `"${quoted}" is not an option of this command: options start with --${names.includes('data') ? `, as in --data ${quoted}` : ''}.`;
  }
  return text.replace(/\. To specify .*$/s, '.');
}

/** Run a command: user mistakes print one message and exit 2; anything unexpected prints a short report and exits 3. */
export async function runCli(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`quarterdeck: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    const debug = process.env.QUARTERDECK_DEBUG === '1';
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `quarterdeck: internal error: ${message}\n` +
        (debug && error instanceof Error && error.stack ? `${error.stack}\n` : 'Run again with QUARTERDECK_DEBUG=1 for details, and report it with the files that cause it if you can.\n'),
    );
    process.exitCode = 3;
  }
}
