/**
 * The browser side of an encrypted site, on WebCrypto only (the mirror of shareCrypto.ts):
 * PBKDF2-HMAC-SHA256 derives a wrapping key from the password, AES-KW unwraps the content key
 * (the first wrapped key that the password opens), AES-256-GCM decrypts each file, then gunzip.
 * No DOM here, so the unit tests run it in Node, whose globalThis.crypto is WebCrypto too.
 */

export interface Lock {
  iterations: number;
  salt: string;
  keys: string[];
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.trim());
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The content key the password opens, or null for a wrong password. Extractable, to keep it for the session. */
export async function unlockContentKey(password: string, lock: Lock): Promise<CryptoKey | null> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(password.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  const wrapping = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(lock.salt), iterations: lock.iterations },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['unwrapKey'],
  );
  for (const wrapped of lock.keys) {
    try {
      return await subtle.unwrapKey('raw', fromBase64(wrapped), wrapping, 'AES-KW', { name: 'AES-GCM', length: 256 }, true, ['decrypt']);
    } catch {
      // AES-KW's integrity check failed: not this audience's password; try the next.
    }
  }
  return null;
}

export function importContentKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('raw', raw, { name: 'AES-GCM', length: 256 }, true, ['decrypt']);
}

export async function exportContentKey(key: CryptoKey): Promise<string> {
  return toBase64(new Uint8Array(await globalThis.crypto.subtle.exportKey('raw', key)));
}

/** IV ‖ ciphertext ‖ tag (binary) → the plain bytes; throws when the key is wrong or the bytes were changed. */
export async function openSealed(key: CryptoKey, sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.subarray(0, 12), tagLength: 128 }, key, sealed.subarray(12));
  return new Uint8Array(plain);
}

/** A base64 payload (shareCrypto.encryptPayload) → the file's bytes. */
export async function decryptPayload(key: CryptoKey, payload: string): Promise<Uint8Array<ArrayBuffer>> {
  const zipped = await openSealed(key, fromBase64(payload));
  const stream = new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
