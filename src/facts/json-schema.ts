// The JSON Schema of the case facts, generated from the zod schema (schema/case-facts.schema.json
// is this, written by `npm run schema`; a test fails when the file is stale).
import { z } from 'zod';
import { caseFactsSchema } from './schema.js';

export function caseFactsJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(caseFactsSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: 'https://continuum.invalid/schema/case-facts.schema.json',
    title: 'Continuum case facts, vocabulary v1.1',
    ...schema,
  };
}
