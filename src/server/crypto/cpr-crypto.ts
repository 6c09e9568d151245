import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * CPR numbers at rest: AES-256-GCM for the value, HMAC-SHA256 for look-up.
 * Two sub-keys are derived from the configured master key with HKDF so that the hash key never
 * doubles as the encryption key.
 */
export type CprCrypto = {
  encrypt(normalizedCpr: string): string;
  decrypt(stored: string): string;
  hash(normalizedCpr: string): string;
};

export function createCprCrypto(masterKey: Buffer): CprCrypto {
  const encKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'brobygger cpr encryption v1', 32));
  const macKey = Buffer.from(hkdfSync('sha256', masterKey, Buffer.alloc(0), 'brobygger cpr lookup v1', 32));
  return {
    encrypt(value) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const data = Buffer.concat([cipher.update(value, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), data.toString('base64')].join(':');
    },
    decrypt(stored) {
      const [version, iv, tag, data] = stored.split(':');
      if (version !== 'v1') throw new Error('unknown CPR ciphertext version');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
    },
    hash(value) {
      return createHmac('sha256', macKey).update(value).digest('base64url');
    },
  };
}
