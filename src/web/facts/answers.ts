// An answer as a person reads it: yes / no / don't know, words for enum values, country names for
// country codes.

import { countryName } from './countries.js';
import { fieldFor } from './fields.js';
import { answerLabel } from './labels.js';

export function answerFor(path: string, value: unknown): string {
  if (value !== undefined && value !== null) {
    let kind: string | undefined;
    try {
      kind = fieldFor(path).kind;
    } catch {
      kind = undefined;
    }
    if (kind === 'country' && typeof value === 'string') return countryName(value);
    if (kind === 'countries' && Array.isArray(value))
      return value.length === 0
        ? answerLabel(value)
        : value.map((code) => countryName(String(code))).join(', ');
  }
  return answerLabel(value);
}
