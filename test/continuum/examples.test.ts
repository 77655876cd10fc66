// The worked example cases (examples/cases, read-only here): each gives a full continuum report
// and every what-if without throwing, and the report is plain JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { continuumReport } from '../../src/continuum/report.js';
import { scenarios } from '../../src/continuum/scenarios.js';
import { whatIf } from '../../src/continuum/whatif.js';
import { parseFacts } from '../../src/facts/validate.js';

const dir = join(import.meta.dirname, '..', '..', 'examples', 'cases');
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe.each(files)('%s', (name) => {
  const parsed = parseFacts(readFileSync(join(dir, name), 'utf8'));

  it('has a continuum report and every what-if', () => {
    if (!parsed.ok) return; // the examples' own test reports invalid files
    const report = continuumReport(parsed.facts);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report.profile.dimensions).toHaveLength(6);
    for (const scenario of scenarios) expect(whatIf(parsed.facts, scenario).scenario.id).toBe(scenario.id);
  });
});
