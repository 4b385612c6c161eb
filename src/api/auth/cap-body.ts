import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';

const size = (bytes: number) => (bytes >= 1 << 20 ? `${bytes / (1 << 20)} MiB` : bytes >= 1024 ? `${bytes / 1024} KiB` : `${bytes} bytes`);

/** Refuses a request body over `maxBytes` (declared or streamed) with a JSON 413; put it after the auth middleware. */
export function capBody(maxBytes: number): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => { throw new HTTPException(413, { message: `the request body is over the ${size(maxBytes)} limit` }); },
  });
}
