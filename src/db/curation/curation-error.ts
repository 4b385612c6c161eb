/** Why a curation action was refused: `not_found` (no such row), `conflict` (the row's state forbids it), `invalid` (the request itself). */
export type CurationErrorKind = 'not_found' | 'conflict' | 'invalid';

/** A refused curation action, with a message meant for the curator; nothing was written. */
export class CurationError extends Error {
  constructor(readonly kind: CurationErrorKind, message: string) {
    super(message);
    this.name = 'CurationError';
  }
}
