// Text that cannot be kept: PostgreSQL's text and jsonb hold no NUL character, and UTF-8 cannot
// encode half of a UTF-16 surrogate pair. Such strings are refused where input arrives (the API's
// edge, the case schema) and escaped where a trace of them must still be written (the audit log).

/** What is wrong with a string for storage, in words, or undefined when nothing is. */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  // Well formed: no surrogate without its other half (the platform's own test, ES2024).
  if (!text.isWellFormed()) return 'contains half of a UTF-16 surrogate pair (not valid Unicode)';
  return undefined;
}

/** The string as it may be stored: as is, or with NUL and lone surrogates written as JSON escapes. */
export function storableText(text: string): string {
  return unstorableText(text) === undefined ? text : JSON.stringify(text).slice(1, -1);
}
