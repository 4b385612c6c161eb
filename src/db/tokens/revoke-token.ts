import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../database.js';
import { apiTokens } from '../schema.js';
import { tokenInfo, type TokenInfo } from './token-info.js';

/** Revokes a token (a revoked one keeps its first revocation time); null when there is no token with that id. */
export async function revokeToken(db: Db, id: number): Promise<TokenInfo | null> {
  await db.update(apiTokens).set({ revokedAt: new Date() }).where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)));
  const [row] = await db.select(tokenInfo).from(apiTokens).where(eq(apiTokens.id, id));
  return row ?? null;
}
