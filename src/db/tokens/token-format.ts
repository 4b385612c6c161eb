/** API tokens are `ni_` and 32 random bytes in base64url (43 characters): the prefix makes a leaked one easy to spot. */
export const tokenFormat = { prefix: 'ni_', bytes: 32, pattern: /^ni_[A-Za-z0-9_-]{43}$/ } as const;
