import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID, EXTENSION_KEY } from '../../lib/extension-id';

/** Chromium's rule: sha256 of the DER public key, first 32 hex digits, each 0-f mapped to a-p. */
function idFromKey(base64Der: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex');
  return [...hex.slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

describe('extension id', () => {
  it('is the id Chromium derives from the manifest key', () => {
    expect(idFromKey(EXTENSION_KEY)).toBe(EXTENSION_ID);
  });

  it('the key is a DER SubjectPublicKeyInfo, not a private key', () => {
    const der = Buffer.from(EXTENSION_KEY, 'base64');
    expect(der[0]).toBe(0x30); // ASN.1 SEQUENCE
    expect(EXTENSION_KEY).not.toMatch(/PRIVATE/);
    expect(der.length).toBeGreaterThan(200);
  });

  it('the derivation is not a constant (a different key gives a different id)', () => {
    const other = Buffer.from(EXTENSION_KEY, 'base64');
    other[other.length - 1] = (other[other.length - 1] ?? 0) ^ 1;
    expect(idFromKey(other.toString('base64'))).not.toBe(EXTENSION_ID);
    expect(idFromKey(other.toString('base64'))).toMatch(/^[a-p]{32}$/);
  });
});
