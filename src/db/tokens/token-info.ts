import { apiTokens } from '../schema.js';

/** What may be shown of a token: never its hash, never the token. */
export interface TokenInfo {
  id: number;
  name: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** The columns of `api_tokens` that make a TokenInfo. */
export const tokenInfo = {
  id: apiTokens.id, name: apiTokens.name, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt,
};
