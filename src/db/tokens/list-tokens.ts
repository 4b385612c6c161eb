import { asc } from 'drizzle-orm';
import type { Db } from '../database.js';
import { apiTokens } from '../schema.js';
import { tokenInfo, type TokenInfo } from './token-info.js';

/** Every token, revoked ones included, oldest first; never a hash or a token. */
export async function listTokens(db: Db): Promise<TokenInfo[]> {
  return db.select(tokenInfo).from(apiTokens).orderBy(asc(apiTokens.id));
}
