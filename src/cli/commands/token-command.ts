import { parseArgs } from 'node:util';
import { createToken } from '../../db/tokens/create-token.js';
import { listTokens } from '../../db/tokens/list-tokens.js';
import { revokeToken } from '../../db/tokens/revoke-token.js';
import type { TokenInfo } from '../../db/tokens/token-info.js';
import { openFromConfig } from '../open-from-config.js';

export const tokenUsage = 'news-intel token create <name> | list | revoke <id>   API tokens for writes (a new token is printed once)';

const describe = (t: TokenInfo) => [
  t.id, t.name, `created ${t.createdAt.toISOString()}`, `last used ${t.lastUsedAt?.toISOString() ?? 'never'}`,
  t.revokedAt ? `revoked ${t.revokedAt.toISOString()}` : 'active',
].join('\t');

/** `token create <name>` prints the new token (alone on stdout, so scripts can take it), `token list`, `token revoke <id>`. */
export async function tokenCommand(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const [action, arg, ...extra] = positionals;
  const wanted = action === 'list' ? 0 : 1;
  if (!['create', 'list', 'revoke'].includes(action ?? '') || positionals.length !== wanted + 1) throw new Error(`usage: ${tokenUsage}`);
  if (action === 'revoke' && !/^\d{1,9}$/.test(arg!)) throw new Error(`token revoke: the id must be a positive integer, got "${arg}"`);
  if (extra.length) throw new Error(`usage: ${tokenUsage}`);
  const database = await openFromConfig();
  try {
    if (action === 'create') {
      const t = await createToken(database.db, arg!);
      console.log(t.token);
      console.error(`news-intel: token ${t.id} "${t.name}" created; it is shown only this once (the database keeps only its hash)`);
    } else if (action === 'list') {
      const tokens = await listTokens(database.db);
      for (const t of tokens) console.log(describe(t));
      if (!tokens.length) console.error('news-intel: no tokens yet; create one with: news-intel token create <name>');
    } else {
      const t = await revokeToken(database.db, Number(arg));
      if (!t) throw new Error(`token revoke: there is no token with id ${arg}`);
      console.log(describe(t));
    }
    return 0;
  } finally {
    await database.close();
  }
}
