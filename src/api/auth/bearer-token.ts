/** The token of an `Authorization: Bearer <token>` header, or null when there is no such header. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ \t]+(\S{1,512})[ \t]*$/i.exec(header ?? '');
  return m ? m[1]! : null;
}
