// Random *valid* case facts for property tests, derived from the generated JSON Schema so that the
// generator follows the vocabulary as it changes. Every field may be absent (unknown).
import fc from 'fast-check';
import { consistencyProblems } from '../../src/facts/consistency.js';
import { caseFactsJsonSchema } from '../../src/facts/json-schema.js';
import type { CaseFacts } from '../../src/facts/schema.js';

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  format?: string;
};

const countries = ['GB', 'IT', 'US', 'RO', 'NG', 'VN', 'FR', 'DE', 'NZ', 'SE', 'NL'];

function arbitraryFor(schema: JsonSchema, key: string): fc.Arbitrary<unknown> {
  if (schema.anyOf) {
    const nonNull = schema.anyOf.filter((s) => s.type !== 'null');
    return fc.oneof(...nonNull.map((s) => arbitraryFor(s, key)));
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 100 });
    case 'number':
      return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 100 });
    case 'string':
      if (schema.format === 'date')
        return fc.constantFrom('1999-05-01', '2008-03-01', '2015-08-01', '2024-09-01');
      if (schema.pattern?.includes('[A-Z]{2}')) return fc.constantFrom(...countries);
      return fc.constantFrom(`${key}-a`, `${key}-b`);
    case 'array':
      return fc.uniqueArray(arbitraryFor(schema.items ?? {}, key), { maxLength: 3 });
    case 'object': {
      const props = schema.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, sub] of Object.entries(props)) record[name] = arbitraryFor(sub, name);
      return fc.record(record, { requiredKeys: schema.required ?? [] });
    }
    default:
      return fc.constant(null);
  }
}

const root = caseFactsJsonSchema() as JsonSchema;

/** Any valid case (schema and consistency rules); absent fields are unknown. */
export const arbitraryFacts = (arbitraryFor(root, 'case') as fc.Arbitrary<CaseFacts>).filter(
  (facts) => consistencyProblems(facts).length === 0,
);

/**
 * Fill the unknown fields of `partial` from `full`, keeping every known value of `partial`.
 * Paths in `keepUnknown` stay as they are in `partial`.
 */
export function fillUnknowns(
  partial: unknown,
  full: unknown,
  keepUnknown: Set<string>,
  prefix = '',
): unknown {
  if (partial === undefined || partial === null) {
    if (keepUnknown.has(prefix)) return partial;
    if (full && typeof full === 'object' && !Array.isArray(full))
      return fillUnknowns({}, full, keepUnknown, prefix);
    return full;
  }
  if (typeof partial !== 'object' || Array.isArray(partial)) return partial;
  const result: Record<string, unknown> = { ...(partial as Record<string, unknown>) };
  const source = (full && typeof full === 'object' ? full : {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(result), ...Object.keys(source)])) {
    const path = prefix ? `${prefix}.${key}` : key;
    const value = fillUnknowns(result[key], source[key], keepUnknown, path);
    if (value !== undefined) result[key] = value;
  }
  return result;
}
