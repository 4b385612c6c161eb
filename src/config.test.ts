import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to embedded PGlite in ./data', () => {
    const config = loadConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config).toMatchObject({ DATA_DIR: './data', PORT: 3000, ALLOW_PRIVATE_NETWORKS: false });
  });

  it('reads a Postgres URL and typed values', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', PORT: '8080', ALLOW_PRIVATE_NETWORKS: '1' }))
      .toMatchObject({ DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', PORT: 8080, ALLOW_PRIVATE_NETWORKS: true });
  });

  it('fails listing every bad key at once', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x/y', PORT: 'eighty', FETCH_MAX_BYTES: '-1' })).toThrow(
      /config: invalid environment:\n {2}DATABASE_URL: must be a postgres[^\n]*\n {2}PORT: [^\n]*\n {2}FETCH_MAX_BYTES: /,
    );
  });
});
