// The dashboard's only way to the API: JSON over same-origin fetch, errors as ApiError.

export class ApiError extends Error {
  constructor(message, status, code) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
  }
}

/** A query string from an object, leaving out empty values. */
export function queryString(params) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === undefined || v === null || v === '') continue;
    qs.set(k, String(v));
  }
  const s = qs.toString();
  return s ? `?${s}` : '';
}

/** GET a JSON API path; rejects with ApiError (or AbortError when `signal` aborts). */
export async function getJson(path, params, signal) {
  let res;
  try {
    res = await fetch(`${path}${queryString(params)}`, { signal, headers: { accept: 'application/json' } });
  } catch (err) {
    if (err?.name === 'AbortError') throw err;
    throw new ApiError(`cannot reach the server (${err?.message ?? 'network error'})`, 0, 'network');
  }
  let body = null;
  try {
    body = await res.json();
  } catch {
    if (res.ok) throw new ApiError(`the server sent an unreadable answer for ${path}`, res.status, 'bad_response');
  }
  if (!res.ok) {
    const message = body?.error?.message ?? `${res.status} ${res.statusText}`;
    throw new ApiError(message, res.status, body?.error?.code ?? 'error');
  }
  return body;
}

export const api = {
  companies: (q, limit, signal) => getJson('/api/companies', { q, limit }, signal),
  company: (id, signal) => getJson(`/api/companies/${encodeURIComponent(id)}`, null, signal),
  timeline: (id, interval, signal) => getJson(`/api/companies/${encodeURIComponent(id)}/timeline`, { interval }, signal),
  deals: (filters, cursor, limit, signal) => getJson('/api/deals', { ...filters, cursor, limit }, signal),
  dealsCsvHref: (filters) => `/api/deals.csv${queryString(filters)}`,
};

export const isAbort = (err) => err?.name === 'AbortError';
