import { eq } from 'drizzle-orm';
import type { Db } from '../database.js';
import { apiTokens } from '../schema.js';
import { hashToken } from './hash-token.js';
import { sameHash } from './same-hash.js';
import { tokenFormat } from './token-format.js';
import type { TokenInfo } from './token-info.js';

/**
 * The live token a caller presented, or null for an unknown, malformed or revoked one.
 * Looks the token up by its hash, compares the hashes in constant time, and records the use.
 */
export async function verifyToken(db: Db, token: string): Promise<TokenInfo | null> {
  // Anything not shaped like a token is refused before the database is asked.
  if (!tokenFormat.pattern.test(token)) return null;
  const hash = hashToken(token);
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hash));
  if (!row || !sameHash(row.tokenHash, hash) || row.revokedAt) return null;
  const lastUsedAt = new Date();
  await db.update(apiTokens).set({ lastUsedAt }).where(eq(apiTokens.id, row.id));
  return { id: row.id, name: row.name, createdAt: row.createdAt, lastUsedAt, revokedAt: null };
}
