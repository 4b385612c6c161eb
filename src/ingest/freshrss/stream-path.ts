/**
 * A stream id as a URL path: `user/-/state/com.google/reading-list` and `user/-/label/<name>` keep their slashes
 * (FreshRSS splits the path on them); each part is percent-encoded, and a feed given by URL (`feed/https://…`) is
 * encoded whole, as FreshRSS expects.
 */
export function streamPath(streamId: string): string {
  const feedUrl = /^feed\/(?!\d+$)(.+)$/.exec(streamId)?.[1];
  if (feedUrl !== undefined) return `feed/${encodeURIComponent(feedUrl)}`;
  return streamId.split('/').map(encodeURIComponent).join('/');
}
