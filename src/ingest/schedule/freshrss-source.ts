/** A FreshRSS feed row's source, `freshrss:<base URL>` with the user in the URL (`freshrss:https://ana@rss.example/`). */
export function freshrssSource(source: string): { baseUrl: string; user: string | null } {
  const m = /^freshrss:(.+)$/i.exec(source);
  let url: URL;
  try {
    url = new URL(m ? m[1]! : '');
  } catch {
    throw new Error(`poll: ${source}: not a FreshRSS source (expected freshrss:<http(s) URL>)`);
  }
  const user = url.username ? decodeURIComponent(url.username) : null;
  url.username = '';
  url.password = '';
  return { baseUrl: url.href, user };
}
