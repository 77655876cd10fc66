// Reading and writing one fact of a case by its dotted path, without mutating the case: the form
// answers one question at a time, and "don't know" removes the fact (absent = unknown).
import type { CaseFacts } from '../../facts/schema.js';

type Json = Record<string, unknown>;

export function getPath(facts: unknown, path: string): unknown {
  let value: unknown = facts;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Json)[key];
  }
  return value ?? undefined;
}

function setIn(node: Json, keys: string[], value: unknown): Json {
  const [key, ...rest] = keys;
  const copy: Json = { ...node };
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = copy[key];
  const next = setIn(child !== null && typeof child === 'object' ? (child as Json) : {}, rest, value);
  // An object left with no known fact is the same as no object: drop it, so the JSON stays tidy.
  if (Object.keys(next).length === 0) delete copy[key];
  else copy[key] = next;
  return copy;
}

/** A new case with the fact at `path` set to `value`, or removed when `value` is undefined. */
export function setPath(facts: CaseFacts, path: string, value: unknown): CaseFacts {
  return setIn(facts as Json, path.split('.'), value) as CaseFacts;
}

/** How many of these paths have a known value. */
export function countKnown(facts: CaseFacts, paths: readonly string[]): number {
  return paths.filter((path) => getPath(facts, path) !== undefined).length;
}
