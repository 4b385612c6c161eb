// The drizzle schema, one file per area; migrations in ./drizzle are generated from it (npm run db:generate).
export * from './schema/feeds.js';
export * from './schema/articles.js';
export * from './schema/companies.js';
export * from './schema/deals.js';
export * from './schema/curation.js';
export * from './schema/deal-export.js';
