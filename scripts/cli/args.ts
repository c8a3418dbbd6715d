/**
 * Command-line arguments shared by the CLI commands, with friendly usage errors.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export function parseCliArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/\. To specify .*$/s, '.') : String(error);
    throw new UsageError(`${message}\n\n${usage}`);
  }
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
