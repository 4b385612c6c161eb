import { createHash } from 'node:crypto';

/** The SHA-256 of a token, hex: the only form of a token the database keeps. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
