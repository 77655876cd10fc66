// What kind of answer each question takes, read from the facts schema itself (src/facts/schema.ts),
// so the form follows the vocabulary: flags are yes / no / don't know, enums are choices, ages and
// counts are numbers, dates are dates, the kinds of exploitation are checkboxes with "none".
import { z } from 'zod';
import { caseFactsSchema, countryCode } from '../../facts/schema.js';

export type Field =
  | { kind: 'flag'; path: string }
  | { kind: 'choice'; path: string; options: readonly string[] }
  | { kind: 'choices'; path: string; options: readonly string[] }
  | { kind: 'number'; path: string; min?: number; max?: number; integer: boolean }
  | { kind: 'date'; path: string }
  | { kind: 'country'; path: string }
  | { kind: 'countries'; path: string }
  | { kind: 'text'; path: string };

function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (current instanceof z.ZodOptional || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** The schema of the value at a dotted path, or undefined if the vocabulary has no such fact. */
export function schemaAt(path: string): z.ZodType | undefined {
  let current: z.ZodType = caseFactsSchema;
  for (const key of path.split('.')) {
    const object = unwrap(current);
    if (!(object instanceof z.ZodObject)) return undefined;
    const next = (object.shape as Record<string, z.ZodType>)[key];
    if (!next) return undefined;
    current = next;
  }
  return unwrap(current);
}

/** A country is the schema's own country-code type (found by identity, not by its description). */
const isCountry = (schema: z.ZodType) => schema === countryCode;

export function fieldFor(path: string): Field {
  const schema = schemaAt(path);
  if (!schema) throw new Error(`no fact "${path}" in the vocabulary`);
  if (schema instanceof z.ZodBoolean) return { kind: 'flag', path };
  if (schema instanceof z.ZodEnum) return { kind: 'choice', path, options: schema.options as string[] };
  if (schema instanceof z.ZodNumber) {
    return {
      kind: 'number',
      path,
      integer: schema.isInt,
      ...(Number.isFinite(schema.minValue) ? { min: schema.minValue as number } : {}),
      ...(Number.isFinite(schema.maxValue) ? { max: schema.maxValue as number } : {}),
    };
  }
  if (schema instanceof z.ZodArray) {
    const element = unwrap(schema.element as z.ZodType);
    if (element instanceof z.ZodEnum) return { kind: 'choices', path, options: element.options as string[] };
    if (isCountry(element)) return { kind: 'countries', path };
    return { kind: 'text', path };
  }
  if (schema instanceof z.ZodISODate) return { kind: 'date', path };
  if (schema instanceof z.ZodString && isCountry(schema)) return { kind: 'country', path };
  return { kind: 'text', path };
}
