/**
 * Counter-based random streams: a uniform draw is a hash of a stream key and a trial number, so
 * every deal (and the run-rate and common factor of each period) has its own stream, keyed by
 * the seed, its id and the period. Nothing is shared between streams: adding, removing or
 * reordering one deal leaves every other deal's draws unchanged, and the same key always gives
 * the same draws (on every machine: integer arithmetic only, up to the final division).
 */

/** A 32-bit stream key from the seed and the parts naming the stream (e.g. 'deal', id, period). */
export function streamKey(seed: number, ...parts: readonly string[]): number {
  // FNV-1a over the parts (a separator between them so that ['ab','c'] and ['a','bc'] differ).
  let h = (0x811c9dc5 ^ fmix32(seed | 0)) >>> 0;
  for (const part of parts) {
    for (let i = 0; i < part.length; i += 1) {
      h ^= part.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/** Draw `k` (0, 1, ...) of trial `t` on stream `key`: uniform in [0, 1). */
export function streamUniform(key: number, t: number, k = 0): number {
  const h = fmix32(fmix32(key ^ Math.imul(t + 1, 0x9e3779b1)) ^ Math.imul(k + 1, 0x85ebca77));
  return h / 4294967296;
}

/** A standard normal draw of trial `t` on stream `key` (Box-Muller on draws 0 and 1). */
export function streamNormal(key: number, t: number): number {
  const u1 = (streamUniform(key, t, 0) * 4294967296 + 0.5) / 4294967296; // in (0, 1)
  const u2 = streamUniform(key, t, 1);
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

/** MurmurHash3's 32-bit finalizer: every input bit moves every output bit. Unsigned result. */
function fmix32(x: number): number {
  let h = x | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
