import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';

export interface SentRequest {
  method: 'GET' | 'POST';
  headers: OutgoingHttpHeaders;
  body: string | null;
  lookup: LookupFunction;
  signal: AbortSignal;
}

/** Checks a literal IP host with the same lookup, since sockets connect to literals without calling `lookup`. */
function checkLiteral(host: string, lookup: LookupFunction): Promise<void> {
  if (!isIP(host)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    lookup(host, { all: true }, (err) => (err ? reject(err) : resolve()));
  });
}

/**
 * One HTTP exchange, no redirects followed: resolves with the response once its headers arrive. No keep-alive agent,
 * so every request opens a socket of its own through `lookup`.
 */
export async function sendRequest(url: URL, req: SentRequest): Promise<IncomingMessage> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  await checkLiteral(hostname, req.lookup);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request({
      protocol: url.protocol,
      hostname,
      port: url.port || undefined,
      path: `${url.pathname}${url.search}`,
      method: req.method,
      headers: req.body === null ? req.headers : { ...req.headers, 'content-length': Buffer.byteLength(req.body) },
      lookup: req.lookup,
      agent: false,
      signal: req.signal,
    });
    outgoing.once('response', resolve);
    outgoing.on('error', reject); // stays on: a later socket error after the headers must not go unhandled
    outgoing.end(req.body ?? undefined);
  });
}
