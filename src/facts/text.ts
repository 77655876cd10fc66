// Text that cannot be kept: PostgreSQL's text and jsonb hold no NUL character, and UTF-8 cannot
// encode half of a UTF-16 surrogate pair. Such strings are refused where input arrives (the API's
// edge, the case schema) and escaped where a trace of them must still be written (the audit log).

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Any surrogate, half of a valid pair included: a test far cheaper than LONE_SURROGATE's, which
 * most strings (every one of every request's body passes here) then need not take. */
const ANY_SURROGATE = /[\uD800-\uDFFF]/;

/** What is wrong with a string for storage, in words, or undefined when nothing is. */
export function unstorableText(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (ANY_SURROGATE.test(text) && LONE_SURROGATE.test(text))
    return 'contains half of a UTF-16 surrogate pair (not valid Unicode)';
  return undefined;
}

/** The string as it may be stored: as is, or with NUL and lone surrogates written as JSON escapes. */
export function storableText(text: string): string {
  return unstorableText(text) === undefined ? text : JSON.stringify(text).slice(1, -1);
}
