/**
 * The sharing flags of `npm run build` turned into ShareOptions:
 * `--encrypt` (passwords from QUARTERDECK_PASSWORD, `--password-file FILE`, `--audience NAME=FILE`),
 * `--redact deals|reps` (repeatable, or `deals,reps`), `--scope team=NAME|region=NAME`.
 * Mistakes throw ShareInputError with one sentence saying how to fix the command.
 */
import type { Scope } from '../model/scopeModel.ts';
import { PBKDF2_ITERATIONS } from './shareCrypto.ts';
import { PASSWORD_ENV, ShareInputError, sharePasswords } from './sharePasswords.ts';
import type { ShareOptions } from './shareSiteData.ts';

export const SHARE_USAGE = '[--encrypt [--password-file FILE] [--audience NAME=FILE]...] [--redact deals|reps] [--scope team=NAME|region=NAME]';

export interface ShareArgs {
  encrypt?: boolean | undefined;
  'password-file'?: string | undefined;
  audience?: string[] | undefined;
  redact?: string[] | undefined;
  scope?: string | undefined;
}

export async function shareOptions(args: ShareArgs, env: NodeJS.ProcessEnv): Promise<ShareOptions | undefined> {
  const redact = new Set((args.redact ?? []).flatMap((r) => r.split(',')).map((r) => r.trim().toLowerCase()).filter((r) => r !== ''));
  for (const r of redact) {
    if (r !== 'deals' && r !== 'reps') throw new ShareInputError(`--redact ${r} is not known: write --redact deals (deal and account names) or --redact reps (also no rep-level pages).`);
  }
  const scope = args.scope === undefined ? undefined : parseScope(args.scope);
  if (!args.encrypt && (args['password-file'] !== undefined || (args.audience ?? []).length > 0)) {
    throw new ShareInputError('--password-file and --audience are the passwords of an encrypted build: add --encrypt.');
  }
  let passwords: string[] | undefined;
  if (args.encrypt) {
    const audiences = await sharePasswords({ env: env[PASSWORD_ENV], passwordFile: args['password-file'], audiences: args.audience });
    if (audiences.length === 0) {
      throw new ShareInputError(`--encrypt needs a password: set ${PASSWORD_ENV}, or pass --password-file FILE (one password per line, one per audience).`);
    }
    passwords = audiences.map((a) => a.password);
  }
  if (passwords === undefined && redact.size === 0 && scope === undefined) return undefined;
  return {
    passwords,
    redactDeals: redact.has('deals') || redact.has('reps'),
    redactReps: redact.has('reps'),
    scope,
    redactSecret: env.QUARTERDECK_REDACT_SECRET || undefined,
  };
}

function parseScope(text: string): Scope {
  const at = text.indexOf('=');
  const kind = at > 0 ? text.slice(0, at).trim().toLowerCase() : '';
  const name = at > 0 ? text.slice(at + 1).trim() : '';
  if ((kind !== 'team' && kind !== 'region') || name === '') {
    throw new ShareInputError(`--scope ${text} should be team=NAME or region=NAME, for example --scope "team=NA Enterprise".`);
  }
  return { kind, name };
}

/** One line for the end of the build: what kind of shared site it made. */
export function describeShare(options: ShareOptions): string {
  const parts: string[] = [];
  if (options.scope) parts.push(`${options.scope.kind} ${options.scope.name} only`);
  if (options.redactReps) parts.push('deal, account and rep names redacted, no rep-level pages');
  else if (options.redactDeals) parts.push('deal and account names redacted');
  const n = options.passwords?.length ?? 0;
  if (n > 0) parts.push(`encrypted (AES-256-GCM; ${n} password${n === 1 ? '' : 's'}, PBKDF2-SHA256 with ${PBKDF2_ITERATIONS.toLocaleString('en-US')} iterations)`);
  return `Shared build: ${parts.join('; ')}.`;
}
