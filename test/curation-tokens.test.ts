import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../src/db/database.js';
import { apiTokens } from '../src/db/schema.js';
import { createToken } from '../src/db/tokens/create-token.js';
import { hashToken } from '../src/db/tokens/hash-token.js';
import { listTokens } from '../src/db/tokens/list-tokens.js';
import { revokeToken } from '../src/db/tokens/revoke-token.js';
import { sameHash } from '../src/db/tokens/same-hash.js';
import { verifyToken } from '../src/db/tokens/verify-token.js';
import { testDatabases, type TestDatabase } from './support/test-databases.js';

const spies = vi.hoisted(() => ({ timingSafeEqual: null as null | ReturnType<typeof vi.fn> }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  spies.timingSafeEqual = vi.fn(real.timingSafeEqual);
  return { ...real, default: { ...real, timingSafeEqual: spies.timingSafeEqual }, timingSafeEqual: spies.timingSafeEqual };
});

/** Every row of every table in the public schema, as one text. */
async function wholeDatabase(db: Db): Promise<string> {
  const tables = await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  let out = '';
  for (const { table_name } of (tables as unknown as { rows: { table_name: string }[] }).rows) {
    const dump = await db.execute(sql`select coalesce(json_agg(t)::text, '') as dump from ${sql.identifier(table_name)} t`);
    out += (dump as unknown as { rows: { dump: string }[] }).rows[0]!.dump;
  }
  return out;
}

describe('sameHash', () => {
  it('compares equal-length digests with timingSafeEqual and never compares digests of different lengths', () => {
    const a = hashToken('ni_one');
    spies.timingSafeEqual!.mockClear();
    expect(sameHash(a, a)).toBe(true);
    expect(sameHash(a, hashToken('ni_two'))).toBe(false);
    expect(spies.timingSafeEqual).toHaveBeenCalledTimes(2);
    expect(sameHash(a, a.slice(0, 32))).toBe(false);
    expect(sameHash('', '')).toBe(false);
    expect(spies.timingSafeEqual).toHaveBeenCalledTimes(2);
  });
});

for (const target of testDatabases) {
  describe.skipIf(target.skip)(`curation: API tokens (${target.name})${target.skip ? `: ${target.skip}` : ''}`, () => {
    let database: TestDatabase;
    beforeAll(async () => { database = await target.open(); });
    afterAll(async () => { await database?.destroy(); });

    it('creates a token shown once and stores only its SHA-256 hash', async () => {
      const created = await createToken(database.db, ' ana ');
      expect(created.token).toMatch(/^ni_[A-Za-z0-9_-]{43}$/);
      expect(created).toMatchObject({ name: 'ana', lastUsedAt: null, revokedAt: null });
      const [row] = await database.db.select().from(apiTokens);
      expect(row!.tokenHash).toBe(hashToken(created.token));
      const dump = await wholeDatabase(database.db);
      expect(dump).toContain(row!.tokenHash);
      expect(dump).not.toContain(created.token);
      expect(dump).not.toContain(created.token.slice(3));
      await expect(createToken(database.db, '  ')).rejects.toThrow(/name must be 1 to 100 characters/);
      await expect(createToken(database.db, 'a\tb')).rejects.toThrow(/control characters/);
    });

    it('verifies a live token through the constant-time compare and records its use', async () => {
      const { id, token } = await createToken(database.db, 'bo');
      spies.timingSafeEqual!.mockClear();
      const ok = await verifyToken(database.db, token);
      expect(ok).toMatchObject({ id, name: 'bo', lastUsedAt: expect.any(Date) });
      expect(spies.timingSafeEqual).toHaveBeenCalledTimes(1);
      const [x, y] = spies.timingSafeEqual!.mock.calls[0] as [Buffer, Buffer];
      expect(x.length).toBe(32);
      expect(y.equals(Buffer.from(hashToken(token), 'hex'))).toBe(true);
      expect((await listTokens(database.db)).find((t) => t.id === id)!.lastUsedAt).toEqual(expect.any(Date));
    });

    it('refuses wrong, malformed and revoked tokens', async () => {
      const { id, token } = await createToken(database.db, 'cy');
      const flipped = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      expect(await verifyToken(database.db, flipped)).toBeNull();
      expect(await verifyToken(database.db, '')).toBeNull();
      expect(await verifyToken(database.db, `${token} `)).toBeNull();
      expect(await verifyToken(database.db, hashToken(token))).toBeNull();
      const revoked = await revokeToken(database.db, id);
      expect(revoked).toMatchObject({ id, revokedAt: expect.any(Date) });
      expect(await verifyToken(database.db, token)).toBeNull();
      expect((await revokeToken(database.db, id))!.revokedAt).toEqual(revoked!.revokedAt);
      expect(await revokeToken(database.db, 999999)).toBeNull();
    });

    it('lists tokens without hashes or tokens', async () => {
      const list = await listTokens(database.db);
      expect(list.map((t) => t.name)).toEqual(['ana', 'bo', 'cy']);
      for (const t of list) expect(Object.keys(t).sort()).toEqual(['createdAt', 'id', 'lastUsedAt', 'name', 'revokedAt']);
    });
  });
}
