/**
 * The sharing flags (src/share/shareArgs.ts, sharePasswords.ts): where passwords come from, and
 * each mistake as one sentence that says how to fix it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeShare, shareOptions } from '../../src/share/shareArgs.ts';
import { ShareInputError } from '../../src/share/sharePasswords.ts';

let dir: string;
const file = (name: string) => path.join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'quarterdeck-share-args-'));
  await writeFile(file('two.txt'), '\uFEFFcorrect horse battery staple\r\n\nleadership offsite in the fjords\n');
  await writeFile(file('board.txt'), 'board password for the quarter\nignored second line\n');
  await writeFile(file('short.txt'), 'short\n');
  await writeFile(file('empty.txt'), '\n\n');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('shareOptions', () => {
  it('nothing asked: an ordinary build', async () => {
    expect(await shareOptions({}, { QUARTERDECK_PASSWORD: 'set but not asked for' })).toBeUndefined();
  });

  it('passwords from the environment, each line of --password-file (BOM, CRLF and blank lines aside) and each --audience file', async () => {
    const options = await shareOptions(
      { encrypt: true, 'password-file': file('two.txt'), audience: ['board=' + file('board.txt')] },
      { QUARTERDECK_PASSWORD: 'the environment passphrase' },
    );
    expect(options?.passwords).toEqual(['the environment passphrase', 'correct horse battery staple', 'leadership offsite in the fjords', 'board password for the quarter']);
    expect(describeShare(options!)).toBe('Shared build: encrypted (AES-256-GCM; 4 passwords, PBKDF2-SHA256 with 600,000 iterations).');
  });

  it('redact and scope', async () => {
    const options = await shareOptions({ redact: ['deals,reps'], scope: 'Team= NA Enterprise ' }, { QUARTERDECK_REDACT_SECRET: 'k' });
    expect(options).toEqual({ passwords: undefined, redactDeals: true, redactReps: true, scope: { kind: 'team', name: 'NA Enterprise' }, redactSecret: 'k' });
    expect(describeShare(options!)).toBe('Shared build: team NA Enterprise only; deal, account and rep names redacted, no rep-level pages.');
  });

  const refusals: [string, Parameters<typeof shareOptions>[0], Record<string, string>, string][] = [
    ['no password', { encrypt: true }, {}, '--encrypt needs a password: set QUARTERDECK_PASSWORD'],
    ['a short one', { encrypt: true }, { QUARTERDECK_PASSWORD: 'hunter2' }, 'shorter than 12 characters'],
    ['a short line', { encrypt: true, 'password-file': 'short.txt' }, {}, 'The password from line 1 of'],
    ['a file that cannot be read', { encrypt: true, 'password-file': 'missing.txt' }, {}, 'could not be read (ENOENT)'],
    ['an empty file', { encrypt: true, 'password-file': 'empty.txt' }, {}, 'holds no password'],
    ['the same twice', { encrypt: true, 'password-file': 'two.txt', audience: ['x=two.txt'] }, {}, 'are the same'],
    ['an audience without a file', { encrypt: true, audience: ['board'] }, {}, 'should be NAME=FILE'],
    ['an audience twice', { encrypt: true, audience: ['b=board.txt', 'b=two.txt'] }, {}, 'given twice'],
    ['a password file without --encrypt', { 'password-file': 'two.txt' }, {}, 'add --encrypt'],
    ['an unknown redaction', { redact: ['names'] }, {}, '--redact names is not known'],
    ['a scope without a kind', { scope: 'NA Enterprise' }, {}, 'should be team=NAME or region=NAME'],
  ];
  for (const [what, args, env, message] of refusals) {
    it(`refuses ${what}`, async () => {
      const withPaths = {
        ...args,
        ...(args['password-file'] ? { 'password-file': file(args['password-file']) } : {}),
        ...(args.audience ? { audience: args.audience.map((a) => (a.includes('=') ? a.replace(/=(.*)$/, (_, f: string) => `=${file(f)}`) : a)) } : {}),
      };
      const error = await shareOptions(withPaths, env).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ShareInputError);
      expect((error as Error).message).toContain(message);
    });
  }
});
