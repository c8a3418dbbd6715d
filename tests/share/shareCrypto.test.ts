/**
 * The encrypted site's cryptography: node:crypto (build, src/share/shareCrypto.ts) against the
 * published test vectors, then against WebCrypto (the browser side, src/share/unlockCrypto.ts,
 * run here on Node's WebCrypto, the same API Chromium has) with a pinned vector of our own.
 */
import { pbkdf2Sync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptPayload as nodeDecrypt, encryptPayload, makeLock, open, PBKDF2_ITERATIONS, seal, unwrapKey, wrapKey, deriveWrappingKey } from '../../src/share/shareCrypto.ts';
import { decryptPayload, exportContentKey, fromBase64, importContentKey, openSealed, toBase64, unlockContentKey } from '../../src/share/unlockCrypto.ts';

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex');

describe('node:crypto primitives against published vectors', () => {
  it('PBKDF2-HMAC-SHA256 (RFC 7914 §11: "passwd", "salt", 1 round, 64 bytes)', () => {
    expect(pbkdf2Sync('passwd', 'salt', 1, 64, 'sha256').toString('hex')).toBe(
      '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783',
    );
  });

  it('AES-KW wraps a 256-bit key with a 256-bit key (RFC 3394 §4.6)', () => {
    const kek = hex('000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F');
    const key = hex('00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F');
    const wrapped = wrapKey(kek, key);
    expect(wrapped.toString('hex')).toBe('28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21');
    expect(unwrapKey(kek, wrapped).equals(key)).toBe(true);
  });

  it('AES-256-GCM (GCM spec test case 15), laid out IV ‖ ciphertext ‖ tag', () => {
    const key = hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308');
    const iv = hex('cafebabefacedbaddecaf888');
    const plain = hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
    const sealed = seal(key, plain, iv);
    expect(sealed.toString('hex')).toBe(
      'cafebabefacedbaddecaf888' +
        '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad' +
        'b094dac5d93471bdec1a502270e3cc6c',
    );
    expect(open(key, sealed).equals(plain)).toBe(true);
  });
});

describe('the site lock: node builds it, WebCrypto opens it', () => {
  const salt = hex('000102030405060708090a0b0c0d0e0f');
  const contentKey = Buffer.alloc(32, 0x42);
  const passwords = ['correct horse battery staple', 'leadership board 2026'];

  it('uses PBKDF2 with 600,000 rounds', () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
  });

  it('fixed salt, passwords and key give the pinned wrapped keys; every audience opens the same content key', async () => {
    const lock = makeLock(contentKey, passwords, { salt });
    expect(lock).toEqual({
      iterations: 600_000,
      salt: 'AAECAwQFBgcICQoLDA0ODw==',
      keys: ['tP8AX1mJfaEAcOy0ogZmdta9X5OJ+COcKYMocAJ60CB1R2rr5Ye2tg==', '7GDs0OjexRfHBbOGcJzSae40jZAt1llMFe2uinFr+8mQ8G5pngX0sg=='],
    });
    for (const password of passwords) {
      const key = await unlockContentKey(password, lock);
      expect(key).not.toBeNull();
      expect(await exportContentKey(key!)).toBe(contentKey.toString('base64'));
    }
    expect(unwrapKey(deriveWrappingKey(passwords[1]!, salt), Buffer.from(lock.keys[1]!, 'base64')).equals(contentKey)).toBe(true);
  });

  it('a wrong password opens nothing (nor the password with different case or a trailing space)', async () => {
    expect(await unlockContentKey('correct horse battery stapl', makeLock(contentKey, passwords, { salt }))).toBeNull();
    // The same check at a low count, to keep the test quick on a busy machine.
    const quick = makeLock(contentKey, passwords, { salt, iterations: 1000 });
    expect(await unlockContentKey(passwords[0]!, quick)).not.toBeNull();
    for (const wrong of ['Correct horse battery staple', 'correct horse battery staple ', '']) {
      expect(await unlockContentKey(wrong, quick)).toBeNull();
    }
  });

  it('the same passphrase typed in another Unicode form unlocks (NFC on both sides)', async () => {
    const lock = makeLock(contentKey, ['Zürich-Quartal'.normalize('NFC')], { salt, iterations: 1000 });
    expect(await unlockContentKey('Zürich-Quartal'.normalize('NFD'), lock)).not.toBeNull();
  });

  it('a fixed IV gives the pinned ciphertext, which WebCrypto decrypts', async () => {
    const sealed = seal(contentKey, Buffer.from('Pipeline $1,234,500'), Buffer.alloc(12, 7));
    expect(sealed.toString('base64')).toBe('BwcHBwcHBwcHBwcHKIstydmYHJ4DcN0c72gSUMBqP7C1e2QVsXUJXxaUnZLuooU=');
    const key = await importContentKey(new Uint8Array(contentKey));
    expect(Buffer.from(await openSealed(key, fromBase64(sealed.toString('base64')))).toString()).toBe('Pipeline $1,234,500');
  });

  it('file payloads: gzip then AES-GCM with a random IV per file, base64; round trip both ways', async () => {
    const text = Buffer.from('rep,amount\nAna Lopez,1234500\n'.repeat(500));
    const a = encryptPayload(contentKey, text);
    const b = encryptPayload(contentKey, text);
    expect(a).not.toBe(b);
    expect(a.slice(0, 16)).not.toBe(b.slice(0, 16));
    expect(a).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(a.length).toBeLessThan(text.length / 4);
    const key = await importContentKey(new Uint8Array(contentKey));
    expect(Buffer.from(await decryptPayload(key, a)).equals(text)).toBe(true);
    expect(nodeDecrypt(contentKey, b).equals(text)).toBe(true);
  });

  it('a changed byte or another key fails to decrypt', async () => {
    const payload = encryptPayload(contentKey, Buffer.from('Pipeline'));
    const bytes = fromBase64(payload);
    bytes[20] = bytes[20]! ^ 1;
    const key = await importContentKey(new Uint8Array(contentKey));
    await expect(decryptPayload(key, toBase64(bytes))).rejects.toThrow();
    const other = await importContentKey(new Uint8Array(32).fill(1));
    await expect(decryptPayload(other, payload)).rejects.toThrow();
  });
});
