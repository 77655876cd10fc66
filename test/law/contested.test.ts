// Contested readings of the law, and why an undetermined value is open: because facts are not
// recorded (some completion of the facts settles it) or because the law is contested (none does).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlagPath } from '../../src/facts/schema.js';
import { evaluate, type Finding, outcomesFor, readerFor, truthOf } from '../../src/law/logic/evaluate.js';
import {
  all,
  any,
  atLeast,
  contested,
  flag,
  nodes,
  not,
  pathsRead,
  type Rule,
  shown,
  unless,
} from '../../src/law/logic/rule.js';
import { openReason, outcomeValues, type Truth, truthOfOutcomes } from '../../src/law/logic/truth.js';

// The logic is tested on abstract facts (a, b, c…), not on the vocabulary: their names are cast.
const abstract = (name: string) => name as FlagPath;
const authority = {
  instrument: 'A judgment that reads the provision narrowly',
  article: '§1',
  from: '2000-01-01',
};

const reading = (inner: Rule) =>
  contested('reading', 'A reading courts divide on', inner, {
    note: 'Courts divide on whether this suffices.',
    citations: [authority],
  });

describe('contested readings', () => {
  const control = flag(abstract('control'), 'Harsh control');
  const rule = reading(control);

  it('are open in law where their rule is met, not met where it is not, open on the facts while it is', () => {
    const met = evaluate(rule, readerFor({ control: true }));
    expect(met.value).toBe('undetermined');
    expect(met.openBecause).toBe('law');
    expect(met.citations).toEqual([authority]);
    const failed = evaluate(rule, readerFor({ control: false }));
    expect(failed.value).toBe('not_met');
    expect(failed.openBecause).toBeUndefined();
    const open = evaluate(rule, readerFor({}));
    expect(open.value).toBe('undetermined');
    expect(open.openBecause).toBe('facts');
  });

  it('an alternative that would settle the conclusion keeps it open on the facts; once ruled out, the law keeps it open', () => {
    // Slavery's shape: an ownership power, or control alone (contested).
    const slavery = any('slavery', 'Slavery', [flag(abstract('sold'), 'Sold for value'), rule]);
    const byFacts = evaluate(slavery, readerFor({ control: true }));
    expect([byFacts.value, byFacts.openBecause]).toEqual(['undetermined', 'facts']);
    const byLaw = evaluate(slavery, readerFor({ control: true, sold: false }));
    expect([byLaw.value, byLaw.openBecause]).toEqual(['undetermined', 'law']);
    expect(evaluate(slavery, readerFor({ control: true, sold: true })).value).toBe('met');
    expect(evaluate(slavery, readerFor({ control: false, sold: false })).value).toBe('not_met');
  });

  it('an element that fails settles a conjunction whatever the law says of another', () => {
    const conjunction = all('both', 'Both', [flag(abstract('work'), 'Work'), rule]);
    expect(truthOf(conjunction, readerFor({ control: true, work: false }))).toBe('not_met');
    const open = evaluate(conjunction, readerFor({ control: true }));
    // The missing element could still fail: the facts can settle it.
    expect([open.value, open.openBecause]).toEqual(['undetermined', 'facts']);
    const law = evaluate(conjunction, readerFor({ control: true, work: true }));
    expect([law.value, law.openBecause]).toEqual(['undetermined', 'law']);
  });

  it('an exception that is shown settles a conclusion the law left open', () => {
    const defeated = unless(
      'defeated',
      'Unless excused',
      rule,
      shown(abstract('excused'), 'Excused'),
      'not_met',
    );
    const law = evaluate(defeated, readerFor({ control: true }));
    expect([law.value, law.openBecause]).toEqual(['undetermined', 'law']);
    expect(truthOf(defeated, readerFor({ control: true, excused: true }))).toBe('not_met');
  });
});

// Random rules over six flags; `shown` leaves are exceptions read where shown.
const flags = ['a', 'b', 'c', 'd', 'e', 'f'];
const shownFlags = ['x', 'y'];

type Tree = { rule: Rule };
const { tree } = fc.letrec<{ tree: Tree }>((recur) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...flags).map((name) => ({ rule: flag(abstract(name), name) })),
    fc.constantFrom(...shownFlags).map((name) => ({ rule: shown(abstract(name), name) })),
    fc.array(recur('tree'), { minLength: 1, maxLength: 3 }).map((children) => ({
      rule: all(
        'all',
        'all',
        children.map((c) => c.rule),
      ),
    })),
    fc.array(recur('tree'), { minLength: 1, maxLength: 3 }).map((children) => ({
      rule: any(
        'any',
        'any',
        children.map((c) => c.rule),
      ),
    })),
    recur('tree').map((child) => ({ rule: not('not', 'not', child.rule) })),
    fc
      .tuple(fc.integer({ min: 0, max: 4 }), fc.array(recur('tree'), { minLength: 1, maxLength: 3 }))
      .map(([n, children]) => ({
        rule: atLeast(
          'atLeast',
          'atLeast',
          n,
          children.map((c) => c.rule),
        ),
      })),
    fc
      .tuple(recur('tree'), recur('tree'), fc.constantFrom<'met' | 'not_met'>('met', 'not_met'))
      .map(([base, exception, outcome]) => ({
        rule: unless('unless', 'unless', base.rule, exception.rule, outcome),
      })),
    recur('tree').map((child) => ({ rule: reading(child.rule) })),
  ),
}));

const tri = fc.constantFrom<boolean | undefined>(true, false, undefined);
const factsArbitrary = fc.record(
  Object.fromEntries([...flags, ...shownFlags].map((name) => [name, tri])) as Record<
    string,
    fc.Arbitrary<boolean | undefined>
  >,
);

/** Every way of filling in the unknown flags (exceptions read where shown are left as they are). */
function completions(facts: Record<string, boolean | undefined>, reads: Set<string>) {
  let result = [facts];
  for (const name of flags) {
    if (!reads.has(name) || facts[name] !== undefined) continue;
    result = result.flatMap((f) => [
      { ...f, [name]: true },
      { ...f, [name]: false },
    ]);
  }
  return result;
}

/** Whether each flag is read at most once (a tree: its outcomes are exact, not over-approximated). */
function readsEachOnce(rule: Rule): boolean {
  const seen = [...nodes(rule)].flatMap((node) => (node.kind === 'fact' ? node.paths : []));
  return new Set(seen).size === seen.length;
}

function everyFinding(finding: Finding): Finding[] {
  return [finding, ...(finding.children ?? []).flatMap(everyFinding)];
}

describe('why an undetermined value is open', () => {
  it('the outcomes give the value the logic gives, and every undetermined finding says why it is open', () => {
    fc.assert(
      fc.property(tree, factsArbitrary, ({ rule }, facts) => {
        const read = readerFor(facts);
        const value = truthOf(rule, read);
        expect(truthOfOutcomes(outcomesFor(rule, read))).toBe(value);
        const found = evaluate(rule, read);
        for (const node of everyFinding(found)) {
          expect(node.openBecause !== undefined).toBe(node.value === 'undetermined');
        }
        if (value === 'undetermined') expect(found.openBecause).toBe(openReason(outcomesFor(rule, read)));
      }),
      { numRuns: 500 },
    );
  });

  it("'law': no completion of the facts settles it; 'facts': some completion does (exactly, where each fact is read once)", () => {
    fc.assert(
      fc.property(tree, factsArbitrary, ({ rule }, facts) => {
        const read = readerFor(facts);
        const outcomes = outcomesFor(rule, read);
        const reached = new Set<Truth>(
          completions(facts, new Set<string>(pathsRead(rule))).map((complete) =>
            truthOf(rule, readerFor(complete)),
          ),
        );
        // Sound: every value some completion gives is among the outcomes.
        for (const value of reached) expect(outcomeValues(outcomes)).toContain(value);
        if (truthOfOutcomes(outcomes) === 'undetermined' && openReason(outcomes) === 'law') {
          expect([...reached]).toEqual(['undetermined']);
        }
        // Exact on trees: the outcomes are just the values the completions give.
        if (readsEachOnce(rule)) expect(outcomeValues(outcomes).sort()).toEqual([...reached].sort());
      }),
      { numRuns: 1000 },
    );
  });

  it('more facts never turn a law-open value into a facts-open one, nor settle it (exceptions aside)', () => {
    fc.assert(
      fc.property(tree, factsArbitrary, factsArbitrary, ({ rule }, partial, extra) => {
        const read = readerFor(partial);
        if (truthOf(rule, read) !== 'undetermined' || openReason(outcomesFor(rule, read)) !== 'law') return;
        const filled = { ...partial };
        for (const name of flags) if (filled[name] === undefined) filled[name] = extra[name];
        const after = readerFor(filled);
        expect(truthOf(rule, after)).toBe('undetermined');
        expect(openReason(outcomesFor(rule, after))).toBe('law');
      }),
      { numRuns: 500 },
    );
  });
});
