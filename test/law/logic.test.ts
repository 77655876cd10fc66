import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FlagPath } from '../../src/facts/schema.js';
import { evaluate, readerFor, truthOf } from '../../src/law/logic/evaluate.js';
import { pivotalFacts } from '../../src/law/logic/pivotal.js';
import { all, any, atLeast, fact, flag, flagFalse, not, shown, unless } from '../../src/law/logic/rule.js';
import { and, atLeastOf, negate, or, type Truth } from '../../src/law/logic/truth.js';

const truths: Truth[] = ['met', 'not_met', 'undetermined'];
const truth = fc.constantFrom(...truths);
const order = (t: Truth) => (t === 'not_met' ? 0 : t === 'undetermined' ? 0.5 : 1);

// The logic is tested on abstract facts (a, b, c…), not on the vocabulary: their names are cast.
const abstract = (name: string) => name as FlagPath;

describe('Kleene strong logic', () => {
  it('and/or/not follow the truth tables', () => {
    expect(and(['met', 'undetermined'])).toBe('undetermined');
    expect(and(['undetermined', 'not_met'])).toBe('not_met');
    expect(and([])).toBe('met');
    expect(or(['not_met', 'undetermined'])).toBe('undetermined');
    expect(or(['undetermined', 'met'])).toBe('met');
    expect(or([])).toBe('not_met');
    expect(negate('undetermined')).toBe('undetermined');
    expect(negate('met')).toBe('not_met');
  });

  it('and is the minimum and or the maximum in the order not_met < undetermined < met', () => {
    fc.assert(
      fc.property(fc.array(truth, { minLength: 1, maxLength: 6 }), (values) => {
        expect(order(and(values))).toBe(Math.min(...values.map(order)));
        expect(order(or(values))).toBe(Math.max(...values.map(order)));
      }),
    );
  });

  it('De Morgan holds', () => {
    fc.assert(
      fc.property(fc.array(truth, { maxLength: 6 }), (values) => {
        expect(negate(and(values))).toBe(or(values.map(negate)));
      }),
    );
  });

  it('atLeast(n) is met when n are certain and not_met when n are impossible', () => {
    expect(atLeastOf(2, ['met', 'met', 'undetermined'])).toBe('met');
    expect(atLeastOf(2, ['met', 'not_met', 'undetermined'])).toBe('undetermined');
    expect(atLeastOf(2, ['met', 'not_met', 'not_met'])).toBe('not_met');
    fc.assert(
      fc.property(fc.array(truth, { maxLength: 6 }), (values) => {
        expect(atLeastOf(1, values)).toBe(or(values));
        expect(atLeastOf(values.length, values)).toBe(and(values));
      }),
    );
  });
});

describe('rules and finding trees', () => {
  const a = flag(abstract('a'), 'A happened');
  const b = flag(abstract('b'), 'B happened');
  const c = flag(abstract('c'), 'C happened');

  it('an absent fact is unknown, never false', () => {
    expect(truthOf(a, readerFor({}))).toBe('undetermined');
    expect(truthOf(a, readerFor({ a: null }))).toBe('undetermined');
    expect(truthOf(a, readerFor({ a: false }))).toBe('not_met');
    expect(truthOf(flagFalse(abstract('a'), 'not A'), readerFor({}))).toBe('undetermined');
  });

  it('the finding tree records values, labels, citations and the facts read', () => {
    const cite = { instrument: 'Test', article: 'Art 1', from: '2000-01-01' };
    const rule = all('both', 'A and B', [a, b], cite);
    const finding = evaluate(rule, readerFor({ a: true }));
    expect(finding).toMatchObject({ id: 'both', value: 'undetermined', cite, label: 'A and B' });
    expect(finding.children?.map((child) => [child.id, child.value])).toEqual([
      ['a', 'met'],
      ['b', 'undetermined'],
    ]);
    expect(finding.children?.[1].facts).toEqual([{ path: 'b', value: null }]);
  });

  it('evaluate and truthOf agree', () => {
    const rule = unless(
      'u',
      'u',
      all('ab', 'ab', [a, any('bc', 'bc', [b, not('nc', 'not c', c)])]),
      c,
      'not_met',
    );
    const tri = fc.constantFrom(true, false, undefined);
    fc.assert(
      fc.property(tri, tri, tri, (x, y, z) => {
        const read = readerFor({ a: x, b: y, c: z });
        expect(evaluate(rule, read).value).toBe(truthOf(rule, read));
      }),
    );
  });

  it('unless: the exception decides when it applies, the base when it does not', () => {
    const rule = unless(
      'trafficking',
      'base unless child',
      all('adult', 'adult', [a, b]),
      all('child', 'child', [a, c]),
      'met',
    );
    expect(truthOf(rule, readerFor({ a: true, b: false, c: true }))).toBe('met');
    expect(truthOf(rule, readerFor({ a: true, b: false, c: false }))).toBe('not_met');
    expect(truthOf(rule, readerFor({ a: true, b: true }))).toBe('met');
    expect(truthOf(rule, readerFor({ a: true, b: false }))).toBe('undetermined');
    const exclusion = unless('fl', 'FL unless excluded', a, shown(abstract('x'), 'excluded'), 'not_met');
    expect(truthOf(exclusion, readerFor({ a: true }))).toBe('met');
    expect(truthOf(exclusion, readerFor({ a: true, x: true }))).toBe('not_met');
  });

  it('atLeast reads its children', () => {
    const rule = atLeast('two', 'two of three', 2, [a, b, c]);
    expect(truthOf(rule, readerFor({ a: true, b: true }))).toBe('met');
    expect(truthOf(rule, readerFor({ a: false, b: false }))).toBe('not_met');
    expect(truthOf(rule, readerFor({ a: true, b: false }))).toBe('undetermined');
  });

  it('a derived fact reads several paths and shows them', () => {
    const long = fact('long-hours', 'Hours over 48', {
      paths: [abstract('hours')],
      test: '> 48',
      evaluate: ([h]) => (typeof h !== 'number' ? 'undetermined' : h > 48 ? 'met' : 'not_met'),
      candidates: [[40, 60]],
    });
    expect(evaluate(long, readerFor({ hours: 72 }))).toMatchObject({
      value: 'met',
      facts: [{ path: 'hours', value: 72 }],
    });
    expect(pivotalFacts(long, readerFor({}))).toEqual([
      {
        path: 'hours',
        settles: [
          { value: 40, verdict: 'not_met' },
          { value: 60, verdict: 'met' },
        ],
      },
    ]);
  });
});

describe('pivotal facts', () => {
  const rule = all('r', 'r', [
    flag(abstract('a'), 'a'),
    any('bc', 'bc', [flag(abstract('b'), 'b'), flag(abstract('c'), 'c')]),
  ]);

  it('lists the unknown facts that alone settle an undetermined rule', () => {
    const pivots = pivotalFacts(rule, readerFor({ a: true }));
    expect(pivots.map((p) => p.path)).toEqual(['b', 'c']);
    expect(pivots[0].settles).toEqual([{ value: true, verdict: 'met' }]);
  });

  it('a fact that cannot settle it alone is not pivotal; a determined rule has none', () => {
    expect(pivotalFacts(rule, readerFor({ b: false })).map((p) => p.path)).toEqual(['a', 'c']);
    const pairs = any('ab-or-cd', 'either pair', [
      all('ab', 'ab', [flag(abstract('a'), 'a'), flag(abstract('b'), 'b')]),
      all('cd', 'cd', [flag(abstract('c'), 'c'), flag(abstract('d'), 'd')]),
    ]);
    expect(pivotalFacts(pairs, readerFor({}))).toEqual([]);
    expect(pivotalFacts(rule, readerFor({ a: false }))).toEqual([]);
  });
});
