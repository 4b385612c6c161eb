import { randomBytes } from 'node:crypto';
import type { Db } from '../database.js';
import { apiTokens } from '../schema.js';
import { hashToken } from './hash-token.js';
import { tokenFormat } from './token-format.js';
import { tokenInfo, type TokenInfo } from './token-info.js';

/** Creates an API token named `name`; the plain token is returned here once and only its SHA-256 hash is stored. */
export async function createToken(db: Db, name: string): Promise<TokenInfo & { token: string }> {
  const clean = name.trim();
  if (!clean || clean.length > 100) throw new Error('token: the name must be 1 to 100 characters');
  if (/\p{Cc}/u.test(clean)) throw new Error('token: the name must not contain control characters (tabs, newlines)');
  const token = `${tokenFormat.prefix}${randomBytes(tokenFormat.bytes).toString('base64url')}`;
  const [row] = await db.insert(apiTokens).values({ name: clean, tokenHash: hashToken(token) }).returning(tokenInfo);
  return { ...row!, token };
}
