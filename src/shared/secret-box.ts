import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Encrypts secrets Assay must be able to read back (webhook signing secrets)
 * with AES-256-GCM. The key comes from ASSAY_SECRET_KEY, or, when that is
 * unset, from `<dataDir>/secret.key`: 32 random bytes generated on first use,
 * mode 0600. The generated file is convenient for one machine, but it must be
 * backed up with the database and is not shared between machines — several
 * instances on one PostgreSQL must all be given the same ASSAY_SECRET_KEY.
 */
export interface SecretBox {
  /** Seals `plaintext`; `context` (e.g. the row id) is authenticated, so a sealed value cannot be moved to another row. */
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

export class SecretBoxError extends Error {}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRET_KEY_FILE = 'secret.key';

function deriveKey(material: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), 'assay secret box v1', 32));
}

export function createSecretBox(keyMaterial: Buffer): SecretBox {
  if (keyMaterial.length < 32) throw new SecretBoxError('The secret key must have at least 32 bytes');
  const key = deriveKey(keyMaterial);
  return {
    seal(plaintext, context) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `${VERSION}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url')}`;
    },
    open(sealed, context) {
      const [version, body] = sealed.split(':', 2);
      if (version !== VERSION || !body) throw new SecretBoxError('Unknown sealed secret format');
      const raw = Buffer.from(body, 'base64url');
      if (raw.length < IV_BYTES + TAG_BYTES) throw new SecretBoxError('Sealed secret is truncated');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES));
      decipher.setAAD(Buffer.from(context, 'utf8'));
      decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      try {
        return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
      } catch {
        throw new SecretBoxError(
          'A stored secret cannot be decrypted: ASSAY_SECRET_KEY (or data/secret.key) differs from the key it was stored with',
        );
      }
    },
  };
}

/** Reads `<dataDir>/secret.key`, creating it (mode 0600) the first time; safe when several processes start at once. */
export function loadOrCreateKeyFile(dataDir: string): Buffer {
  const file = path.join(dataDir, SECRET_KEY_FILE);
  fs.mkdirSync(dataDir, { recursive: true });
  if (!fs.existsSync(file)) {
    // Written aside, then hard-linked into place: link() fails when the file
    // exists, so two processes starting at once never see a half-written key
    // nor overwrite each other's.
    const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    fs.writeFileSync(temporary, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    try {
      fs.linkSync(temporary, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length < 32) throw new SecretBoxError(`${file} does not hold a 32-byte base64 key`);
  return key;
}

/** The secret box for a configuration: ASSAY_SECRET_KEY when set, else the key file in the data dir. */
export function secretBoxFor(config: { secretKey: string | null; dataDir: string }): SecretBox {
  const material = config.secretKey ? Buffer.from(config.secretKey, 'utf8') : loadOrCreateKeyFile(config.dataDir);
  return createSecretBox(material);
}
