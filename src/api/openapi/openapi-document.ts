import { z } from 'zod';
import type { RouteDoc } from './route-docs.js';

type JsonSchema = { properties?: Record<string, object>; allOf?: JsonSchema[]; required?: string[] };

/** Query parameters of a schema: the properties of its JSON Schema (objects and intersections of objects). */
function parameters(schema: z.ZodType): object[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const parts = json.allOf ?? [json];
  return parts.flatMap((p) => Object.entries(p.properties ?? {}).map(([name, s]) => ({
    name, in: 'query', required: (p.required ?? []).includes(name), schema: s,
  })));
}

const CONTENT: Record<string, string> = { json: 'application/json', csv: 'text/csv', jsonl: 'application/x-ndjson' };
const errorBody = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } };

/** The OpenAPI 3.1 document for the routes given. */
export function openApiDocument(docs: RouteDoc[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const d of docs) {
    const params = [...(d.pathId ? [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }] : []), ...(d.query ? parameters(d.query) : [])];
    (paths[d.path] ??= {})[d.method] = {
      summary: d.summary, tags: [d.tag], parameters: params,
      ...(d.body ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(d.body, { io: 'input', unrepresentable: 'any' }) } } } } : {}),
      ...(d.auth ? { security: [{ bearer: [] }] } : {}),
      responses: {
        200: { description: 'OK', content: { [CONTENT[d.produces ?? 'json']!]: d.response ? { schema: z.toJSONSchema(d.response, { io: 'output', unrepresentable: 'any' }) } : {} } },
        400: { description: 'A bad or unknown parameter, named in the message', content: { 'application/json': { schema: errorBody } } },
        ...(d.auth ? { 401: { description: 'Missing, wrong or revoked token', content: { 'application/json': { schema: errorBody } } } } : {}),
        ...(d.pathId ? { 404: { description: 'No such id', content: { 'application/json': { schema: errorBody } } } } : {}),
        ...(d.auth ? { 413: { description: 'The request body is over the limit (API_MAX_BODY_BYTES; API_MAX_INGEST_BYTES for ingest)', content: { 'application/json': { schema: errorBody } } } } : {}),
        ...Object.fromEntries(Object.entries(d.otherResponses ?? {}).map(([status, description]) =>
          [status, { description, content: { 'application/json': Number(status) >= 400 ? { schema: errorBody } : {} } }])),
        429: { description: 'Too many requests from this address or token; Retry-After says when to try again', content: { 'application/json': { schema: errorBody } } },
        503: { description: 'The database is unavailable or timed out; Retry-After says when to try again', content: { 'application/json': { schema: errorBody } } },
      },
    };
  }
  return {
    openapi: '3.1.0', info: { title: 'news-intel API', version: '0.1.0', description: 'Companies, money and deals found in news.' }, paths,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A token from `news-intel token create <name>`' } } },
  };
}
