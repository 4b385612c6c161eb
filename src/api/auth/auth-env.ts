/** What the auth middleware puts in a request's context: the name of the token that made it, for the curation log. */
export interface AuthEnv {
  Variables: { actor: string };
}
