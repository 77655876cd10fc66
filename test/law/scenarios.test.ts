// Scenario tests as data (STYLE.md §2): test/scenarios/<instrument-id>.yaml holds situations a
// lawyer can read and add to — a name, a description, the case facts, and what the law says the
// outcome must be. This runner loads every file, validates each scenario's facts against the
// vocabulary (invalid facts fail the scenario), assesses the instrument and checks the verdict, the
// named elements of the finding tree and the pivotal facts.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { validateFacts } from '../../src/facts/validate.js';
import { assessInstrument } from '../../src/law/assess.js';
import { findInstrument } from '../../src/law/instruments/index.js';
import type { Finding } from '../../src/law/logic/evaluate.js';

const dir = join(import.meta.dirname, '..', 'scenarios');

/** The instruments that must each have a scenario file. */
const requiredInstruments = [
  'un-trafficking-protocol',
  'un-smuggling-protocol',
  'ilo-forced-labour-convention',
  'slavery-convention',
  'supplementary-slavery-convention',
  'servitude',
];

const truth = z.enum(['met', 'not_met', 'undetermined']);

/** One scenario as written in a YAML file. Unknown keys are rejected so a typo never goes unchecked. */
const scenarioSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  /** Case facts in the vocabulary of ../shared/spec/facts.md; `schemaVersion: 1` may be left out. */
  facts: z.record(z.string(), z.unknown()),
  expect: z.strictObject({
    verdict: truth,
    /** For an undetermined verdict: open because of facts not recorded, or because the law is contested. */
    openBecause: z.enum(['facts', 'law']).optional(),
    /** Node id in the finding tree (or a remark) → its expected value. */
    elements: z.record(z.string(), truth).optional(),
    /** Fact paths that must be among the pivotal facts reported. */
    pivotal: z.array(z.string()).optional(),
  }),
});
const fileSchema = z.array(scenarioSchema).min(1);
type Scenario = z.infer<typeof scenarioSchema>;

/** Every node of a finding tree with the given id (ids may repeat where a rule is reused). */
function findById(finding: Finding, id: string, found: Finding[] = []): Finding[] {
  if (finding.id === id) found.push(finding);
  for (const child of finding.children ?? []) findById(child, id, found);
  return found;
}

function load(file: string): { scenarios: Scenario[] } | { error: string } {
  let data: unknown;
  try {
    // `merge` lets a scenario reuse a named block of facts and add to it: `{ <<: *no-means-at-destination, freeToLeave: true }`.
    data = parseYaml(readFileSync(join(dir, file), 'utf8'), { uniqueKeys: true, merge: true });
  } catch (error) {
    return { error: `${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}` };
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    return { error: `${file} is not a list of scenarios:\n${issues.join('\n')}` };
  }
  return { scenarios: parsed.data };
}

const files = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
  .sort();

describe('scenario files', () => {
  it('exist for every international instrument', () => {
    const ids = files.map((file) => basename(file).replace(/\.ya?ml$/, ''));
    for (const id of requiredInstruments) expect(ids, `test/scenarios/${id}.yaml`).toContain(id);
  });
});

for (const file of files) {
  const instrumentId = basename(file).replace(/\.ya?ml$/, '');
  const instrument = findInstrument(instrumentId);
  const loaded = load(file);

  if (!instrument || 'error' in loaded) {
    it(`${instrumentId}: file loads`, () => {
      expect(
        instrument,
        `no instrument with id "${instrumentId}" (the file name must be an instrument id)`,
      ).toBeDefined();
      if ('error' in loaded) expect.fail(loaded.error);
    });
    continue;
  }

  it(`${instrumentId}: scenario names are unique`, () => {
    const names = loaded.scenarios.map((scenario) => scenario.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  for (const scenario of loaded.scenarios) {
    it(`${instrumentId}: ${scenario.name}`, () => {
      const validation = validateFacts({ schemaVersion: 1, ...scenario.facts });
      if (!validation.ok) {
        expect.fail(`the scenario's facts are invalid:\n${JSON.stringify(validation.problems, null, 2)}`);
      }
      const result = assessInstrument(instrument, validation.facts);
      const context = `${scenario.description}\n`;

      expect(result.verdict, `${context}verdict`).toBe(scenario.expect.verdict);
      if (scenario.expect.openBecause)
        expect(result.openBecause, `${context}open because`).toBe(scenario.expect.openBecause);

      for (const [id, value] of Object.entries(scenario.expect.elements ?? {})) {
        const nodes = [result.elements, ...result.remarks].flatMap((root) => findById(root, id));
        if (nodes.length === 0) expect.fail(`no node with id "${id}" in the finding tree of ${instrumentId}`);
        // A reused rule appears more than once; every occurrence must have the expected value.
        expect(
          nodes.map((node) => node.value),
          `${context}element "${id}"`,
        ).toEqual(nodes.map(() => value));
      }

      for (const path of scenario.expect.pivotal ?? []) {
        expect(result.pivotal, `${context}pivotal facts`).toContain(path);
      }
    });
  }
}
