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

/** POST a JSON body with the analyst's API token; rejects with ApiError carrying the API's message. */
export async function postJson(path, body, token, signal) {
  const headers = { accept: 'application/json', 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  let res;
  try {
    res = await fetch(path, { method: 'POST', headers, body: JSON.stringify(body ?? {}), signal });
  } catch (err) {
    if (err?.name === 'AbortError') throw err;
    throw new ApiError(`cannot reach the server (${err?.message ?? 'network error'})`, 0, 'network');
  }
  let answer = null;
  try {
    answer = await res.json();
  } catch {
    if (res.ok) throw new ApiError(`the server sent an unreadable answer for ${path}`, res.status, 'bad_response');
  }
  if (!res.ok) throw new ApiError(answer?.error?.message ?? `${res.status} ${res.statusText}`, res.status, answer?.error?.code ?? 'error');
  return answer;
}

const TOKEN_KEY = 'news-intel.api-token';
/** The API token the analyst typed for write calls; kept in sessionStorage only (gone when the tab closes). */
export const tokenStore = {
  get: () => { try { return sessionStorage.getItem(TOKEN_KEY) ?? ''; } catch { return ''; } },
  set: (t) => { try { if (t) sessionStorage.setItem(TOKEN_KEY, t); else sessionStorage.removeItem(TOKEN_KEY); } catch { /* storage off */ } },
};

const cid = (id) => encodeURIComponent(id);

export const api = {
  companies: (q, limit, signal) => getJson('/api/companies', { q, limit }, signal),
  company: (id, signal) => getJson(`/api/companies/${encodeURIComponent(id)}`, null, signal),
  timeline: (id, interval, signal) => getJson(`/api/companies/${encodeURIComponent(id)}/timeline`, { interval }, signal),
  deals: (filters, cursor, limit, signal) => getJson('/api/deals', { ...filters, cursor, limit }, signal),
  dealStats: (filters, signal) => getJson('/api/stats/deals', filters, signal),
  dealsCsvHref: (filters) => `/api/deals.csv${queryString(filters)}`,
  graph: (id, params, signal) => getJson(`/api/companies/${cid(id)}/graph`, params, signal),
  graphCsvHref: (id, params) => `/api/companies/${cid(id)}/graph.csv${queryString(params)}`,
  timelineCsvHref: (id, interval) => `/api/companies/${cid(id)}/timeline.csv${queryString({ interval })}`,
  articles: (params, cursor, limit, signal) => getJson('/api/articles', { ...params, cursor, limit }, signal),
  lowConfidence: (maxConfidence, limit, signal) => getJson('/api/review/low-confidence-deals', { max_confidence: maxConfidence, limit }, signal),
  duplicates: (limit, signal) => getJson('/api/review/duplicate-companies', { limit }, signal),
  merges: (limit, signal) => getJson('/api/merges', { limit }, signal),
  curationLog: (limit, signal) => getJson('/api/curation-log', { limit }, signal),
  reviewDeal: (id, review, token) => postJson(`/api/deals/${cid(id)}/review`, { review }, token),
  merge: (fromId, intoId, token) => postJson(`/api/companies/${cid(fromId)}/merge`, { into: Number(intoId) }, token),
  undoMerge: (mergeId, token) => postJson(`/api/merges/${cid(mergeId)}/undo`, {}, token),
  markWrong: (id, wrong, token) => postJson(`/api/companies/${cid(id)}/wrong`, { wrong }, token),
};

export const isAbort = (err) => err?.name === 'AbortError';
