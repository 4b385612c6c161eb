import { fetchFailure, type FetchWhere } from './fetch-failure.js';
import { FetchError } from './fetch-types.js';

const DNS = /^(ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME|EAI_NODATA|ENODATA)$/;
const TLS = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

/** A FetchError for an error from the socket, TLS or HTTP parser, keeping the cause's own words. */
export function networkFailure(where: FetchWhere, err: unknown): FetchError {
  if (err instanceof FetchError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code ?? '';
  const words = err instanceof Error ? err.message : String(err);
  if (DNS.test(code)) return fetchFailure(where, 'dns', `cannot resolve host (${words})`, { cause: err });
  if (code.startsWith('HPE_')) return fetchFailure(where, 'protocol', `malformed HTTP response (${words})`, { cause: err });
  if (TLS.test(code)) return fetchFailure(where, 'network', `TLS failed (${words})`, { cause: err });
  if (code === 'ECONNRESET' || words === 'aborted') {
    return fetchFailure(where, 'network', `connection closed by the server (${words})`, { cause: err });
  }
  return fetchFailure(where, 'network', `connection failed (${words})`, { cause: err });
}
