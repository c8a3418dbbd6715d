/**
 * A stable deal id for exports without an id column: 16 hex digits, two 32-bit FNV-1a hashes
 * of the UTF-8 bytes of `name|account|created date|owner` (the second lane with the text
 * prefixed by '#', so the pair collides far less often than one lane). The same deal gets
 * the same id in every snapshot as long as those four values do not change.
 */

const PRIME = 0x01000193;
const OFFSET = 0x811c9dc5;
const encoder = new TextEncoder();
const HASH_PREFIX = encoder.encode('#');

export function deriveDealId(parts: readonly (string | null)[]): string {
  const bytes = encoder.encode(parts.map((p) => p ?? '').join('|'));
  return hex8(fnv1a(bytes, OFFSET)) + hex8(fnv1a(bytes, fnv1a(HASH_PREFIX, OFFSET)));
}

/** 32-bit FNV-1a of `bytes`, starting from `basis` (the standard offset basis gives the standard hash). */
export function fnv1a(bytes: Uint8Array, basis: number): number {
  let h = basis;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, PRIME);
  return h >>> 0;
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}
