/**
 * The build side of an encrypted site, on node:crypto only (no cryptography of our own).
 *
 * - One random 256-bit content key per build encrypts every file: AES-256-GCM, a random
 *   96-bit IV per file, the 128-bit tag appended (WebCrypto's layout), gzip before encryption.
 * - Each password (one per audience) derives a key-encryption key with PBKDF2-HMAC-SHA256
 *   (PBKDF2_ITERATIONS rounds, one random 128-bit salt per build) that wraps the content key
 *   with AES-KW (RFC 3394): changing one audience's password rewraps the key, nothing else.
 * - Payloads are base64 (not hex).
 * The browser side is src/share/unlockCrypto.ts (WebCrypto), tested against this module.
 */
import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';

/** PBKDF2-HMAC-SHA256 rounds: OWASP's 2023 figure for this hash. */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const KEY_BYTES = 32;
/** RFC 3394's default initial value, which AES-KW in WebCrypto uses. */
const KW_IV = Buffer.from('A6A6A6A6A6A6A6A6', 'hex');

/** What every locked page carries so that a password can unlock the site. */
export interface LockInfo {
  iterations: number;
  /** base64 */
  salt: string;
  /** The content key wrapped once per password, base64 (40 bytes each). */
  keys: string[];
}

/** Passwords are compared as Unicode NFC, so the same passphrase typed on any system unlocks. */
export function passwordBytes(password: string): Buffer {
  return Buffer.from(password.normalize('NFC'), 'utf8');
}

export function deriveWrappingKey(password: string, salt: Uint8Array, iterations = PBKDF2_ITERATIONS): Buffer {
  return pbkdf2Sync(passwordBytes(password), salt, iterations, KEY_BYTES, 'sha256');
}

export function wrapKey(wrappingKey: Uint8Array, contentKey: Uint8Array): Buffer {
  const cipher = createCipheriv('id-aes256-wrap', wrappingKey, KW_IV);
  return Buffer.concat([cipher.update(contentKey), cipher.final()]);
}

export function unwrapKey(wrappingKey: Uint8Array, wrapped: Uint8Array): Buffer {
  const decipher = createDecipheriv('id-aes256-wrap', wrappingKey, KW_IV);
  return Buffer.concat([decipher.update(wrapped), decipher.final()]);
}

/** The lock for a content key and the audiences' passwords (salt random unless given, for tests). */
export function makeLock(contentKey: Uint8Array, passwords: readonly string[], options: { salt?: Uint8Array; iterations?: number } = {}): LockInfo {
  const salt = options.salt ?? randomBytes(SALT_BYTES);
  const iterations = options.iterations ?? PBKDF2_ITERATIONS;
  const keys = passwords.map((p) => wrapKey(deriveWrappingKey(p, salt, iterations), contentKey).toString('base64'));
  return { iterations, salt: Buffer.from(salt).toString('base64'), keys };
}

export function newContentKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** base64 of IV ‖ AES-256-GCM(gzip(plain)) ‖ tag. The IV is random unless given (tests). */
export function encryptPayload(contentKey: Uint8Array, plain: Uint8Array, iv?: Uint8Array): string {
  return seal(contentKey, gzipSync(plain, { level: 9 }), iv).toString('base64');
}

export function decryptPayload(contentKey: Uint8Array, payload: string): Buffer {
  return gunzipSync(open(contentKey, Buffer.from(payload, 'base64')));
}

/** IV ‖ AES-256-GCM ciphertext ‖ 16-byte tag. */
export function seal(contentKey: Uint8Array, bytes: Uint8Array, iv: Uint8Array = randomBytes(IV_BYTES)): Buffer {
  const cipher = createCipheriv('aes-256-gcm', contentKey, iv);
  const body = Buffer.concat([cipher.update(bytes), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

export function open(contentKey: Uint8Array, sealed: Uint8Array): Buffer {
  const iv = sealed.subarray(0, IV_BYTES);
  const tag = sealed.subarray(sealed.length - 16);
  const decipher = createDecipheriv('aes-256-gcm', contentKey, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES, sealed.length - 16)), decipher.final()]);
}
