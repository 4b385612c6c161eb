export { parseFeed, type ParseFeedOptions } from './parse/parse-feed.js';
export type { FeedArticle, FeedFormat, ParsedFeed } from './parse/parsed-feed.js';
