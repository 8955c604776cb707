/**
 * Mutations need `Authorization: Bearer <DKG_API_KEY>`. Only a fingerprint of the key is
 * ever stored (in the audit trail), never the key.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../domain/errors.js';

export interface KeyCheck {
  /** Set when the request carried the configured key. */
  fingerprint: string | null;
  /** Why mutations are refused for this request, when they are. */
  refusal: string | null;
  /** No key sent is UNAUTHENTICATED; a wrong key, or mutations switched off, is FORBIDDEN. */
  refusalCode: 'UNAUTHENTICATED' | 'FORBIDDEN';
}

const sha256 = (s: string): Buffer => createHash('sha256').update(s).digest();

export function keyFingerprint(key: string): string {
  return sha256(key).toString('hex').slice(0, 16);
}

export function checkKey(configured: string | null, authorization: string | null): KeyCheck {
  if (!configured) {
    return {
      fingerprint: null,
      refusalCode: 'FORBIDDEN',
      refusal:
        'Mutations are disabled because no API key is configured: set the environment variable ' +
        'DKG_API_KEY to a long random secret, restart the server, and send it as "Authorization: Bearer <key>".',
    };
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1]) {
    return { fingerprint: null, refusalCode: 'UNAUTHENTICATED', refusal: 'Mutations need the header "Authorization: Bearer <DKG_API_KEY>".' };
  }
  // Equal-length digests, so the comparison takes the same time whatever the key.
  if (!timingSafeEqual(sha256(match[1]), sha256(configured))) {
    return { fingerprint: null, refusalCode: 'FORBIDDEN', refusal: 'The API key in the Authorization header is not the configured DKG_API_KEY.' };
  }
  return { fingerprint: keyFingerprint(configured), refusal: null, refusalCode: 'FORBIDDEN' };
}

export function requireKey(check: KeyCheck): string {
  if (!check.fingerprint) throw new AppError(check.refusalCode, check.refusal ?? 'Mutations need an API key.');
  return check.fingerprint;
}
