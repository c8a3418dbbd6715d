/**
 * Stable pseudonyms for redacted builds: `pseudonyms('Deal', ids)` gives each id a number such
 * as "Deal 1187", the same for the same data in every build. The number comes from SHA-256 of
 * the kind and the key (HMAC-SHA256 under a secret when one is given, so that nobody can check
 * a guessed name against its pseudonym); keys whose numbers collide are settled in the order of
 * their hashes, then their keys, and take the next free number. Numbers have at least four
 * digits and enough for the space to stay under a quarter full.
 */
import { createHash, createHmac } from 'node:crypto';
import { compareText } from './compareText.ts';

export function pseudonyms(kind: string, keys: Iterable<string>, secret?: string): Map<string, string> {
  const unique = [...new Set(keys)];
  const digits = Math.max(4, String(unique.length * 4).length);
  const space = 10 ** digits;
  const hashed = unique
    .map((key) => ({ key, hash: digest(`${kind}\u0000${key}`, secret) }))
    .sort((a, b) => compareText(a.hash, b.hash) || compareText(a.key, b.key));
  const taken = new Set<number>();
  const result = new Map<string, string>();
  for (const { key, hash } of hashed) {
    let n = Number(BigInt(`0x${hash.slice(0, 16)}`) % BigInt(space));
    while (taken.has(n)) n = (n + 1) % space;
    taken.add(n);
    result.set(key, `${kind} ${String(n).padStart(digits, '0')}`);
  }
  return result;
}

function digest(text: string, secret: string | undefined): string {
  return secret ? createHmac('sha256', secret).update(text).digest('hex') : createHash('sha256').update(text).digest('hex');
}
