// Deciding on the facts as found: every fact not recorded counts as not established. The only
// undetermined left is the law's own; where the investigator's view is settled, it agrees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CaseFacts, FlagPath } from '../../src/facts/schema.js';
import { assess, assessHeadline, assessInstrument } from '../../src/law/assess.js';
import { findInstrument, instruments } from '../../src/law/instruments/index.js';
import { asFound } from '../../src/law/logic/as-found.js';
import { evaluate, type Finding, readerFor, truthOf } from '../../src/law/logic/evaluate.js';
import { all, any, contested, flag, flagFalse, not, shown, unless } from '../../src/law/logic/rule.js';
import { renderAssessment } from '../../src/law/render/text.js';
import { arbitraryFacts, fillUnknowns } from '../support/arbitrary-facts.js';
import { runCli, tempFile } from '../support/cli.js';

const abstract = (name: string) => name as FlagPath;

function everyFinding(finding: Finding): Finding[] {
  return [finding, ...(finding.children ?? []).flatMap(everyFinding)];
}

describe('as found, on abstract rules', () => {
  const a = flag(abstract('a'), 'a');
  const b = flag(abstract('b'), 'b');

  it('an element whose facts are not recorded is not established, and neither is its negation', () => {
    expect(truthOf(asFound(all('both', 'both', [a, b])), readerFor({ a: true }))).toBe('not_met');
    expect(truthOf(asFound(any('either', 'either', [a, b])), readerFor({}))).toBe('not_met');
    // "not a" needs a shown false: an unknown a does not establish it.
    expect(truthOf(asFound(not('not-a', 'not a', a)), readerFor({}))).toBe('not_met');
    expect(truthOf(asFound(not('not-a', 'not a', a)), readerFor({ a: false }))).toBe('met');
    expect(truthOf(asFound(flagFalse(abstract('a'), 'a is false')), readerFor({}))).toBe('not_met');
  });

  it('an exception applies only where shown, whichever way it turns the rule', () => {
    const defeated = unless('defeated', 'defeated', a, b, 'not_met');
    expect(truthOf(defeated, readerFor({ a: true }))).toBe('undetermined');
    expect(truthOf(asFound(defeated), readerFor({ a: true }))).toBe('met');
    expect(truthOf(asFound(defeated), readerFor({ a: true, b: true }))).toBe('not_met');
    const rescued = unless('rescued', 'rescued', a, b, 'met');
    expect(truthOf(asFound(rescued), readerFor({ a: false }))).toBe('not_met');
    // Under a `not`, an exception is still read where shown, not reversed.
    const reversed = not('not-defeated', 'not defeated', defeated);
    expect(truthOf(asFound(reversed), readerFor({ a: true }))).toBe('not_met');
    const shownLeaf = shown(abstract('s'), 's');
    expect(asFound(shownLeaf)).toBe(shownLeaf);
  });

  it('a contested reading whose facts are established stays open, in law', () => {
    const reading = contested('reading', 'reading', a, {
      note: 'Courts divide.',
      citations: [{ instrument: 'A judgment', article: '§1', from: '2000-01-01' }],
    });
    const rule = any('either', 'either', [b, reading]);
    const open = evaluate(asFound(rule), readerFor({ a: true }));
    expect([open.value, open.openBecause]).toEqual(['undetermined', 'law']);
    expect(truthOf(asFound(rule), readerFor({}))).toBe('not_met');
  });

  it('a rule used twice in the same sense is rewritten once (the finding tree still shares it)', () => {
    const rule = any('either', 'either', [all('x', 'x', [a, b]), all('y', 'y', [a])]);
    const rewritten = asFound(rule);
    expect(rewritten).toBe(asFound(rule));
    if (rewritten.kind !== 'any') throw new Error('expected any');
    const [x, y] = rewritten.children;
    if (x.kind !== 'all' || y.kind !== 'all') throw new Error('expected all');
    expect(x.children[0]).toBe(y.children[0]);
  });
});

describe.each(instruments.map((i) => [i.id, i] as const))('%s as found', (_id, instrument) => {
  const keep = new Set(instrument.defeasiblePaths ?? []);

  it('never leaves a verdict or a finding open for want of facts, and asks no question', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const result = assessInstrument(instrument, facts, { asFound: true });
        if (result.verdict === 'undetermined') expect(result.openBecause).toBe('law');
        expect(result.questions).toEqual([]);
        for (const node of everyFinding(result.elements)) {
          if (node.value === 'undetermined') expect(node.openBecause).toBe('law');
        }
        const headline = assessHeadline(instrument, facts, { asFound: true });
        expect([headline.verdict, headline.openBecause]).toEqual([result.verdict, result.openBecause]);
      }),
      { numRuns: 200 },
    );
  });

  it('agrees with the investigator wherever the investigator’s verdict is settled', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const open = assessInstrument(instrument, facts);
        const found = assessInstrument(instrument, facts, { asFound: true });
        if (open.elements.value !== 'undetermined') expect(found.elements.value).toBe(open.elements.value);
        // An undetermined the law leaves open stays open in law as found.
        if (open.elements.openBecause === 'law') expect(found.elements.openBecause).toBe('law');
      }),
      { numRuns: 200 },
    );
  });

  it('an undetermined the law leaves open stays open whatever facts are filled in (exceptions aside)', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryFacts, (partial, full) => {
        const before = assessInstrument(instrument, partial);
        if (before.elements.openBecause !== 'law') return;
        const filled = fillUnknowns(partial, full, keep) as CaseFacts;
        const after = evaluate(instrument.rule, readerFor(filled));
        expect([after.value, after.openBecause]).toEqual(['undetermined', 'law']);
      }),
      { numRuns: 200 },
    );
  });
});

describe('as found, on cases', () => {
  // Forced labour with the penalty and the deception proven, and nothing said about whether the
  // person could leave: the investigator still asks; a court decides on what was proven.
  const facts = {
    schemaVersion: 1,
    events: { from: '2019-05-01' },
    recruitment: { recruited: true, deceivedAbout: { wages: true } },
    control: { threatsOfViolence: true, documentsConfiscated: true },
    exploitation: { kinds: ['labour'] },
  } as CaseFacts;
  const c029 = findInstrument('ilo-forced-labour-convention');
  if (!c029) throw new Error('C029 is missing');

  it('an unrecorded summary fact neither defeats nor keeps open what the recorded facts establish', () => {
    const open = assessInstrument(c029, facts);
    const found = assessInstrument(c029, facts, { asFound: true });
    expect(found.verdict).toBe('met');
    expect(open.verdict === 'met' || open.openBecause === 'facts').toBe(true);
  });

  it('a state obligation that is not recorded does not exclude the work; one that is, does', () => {
    const excluded = {
      ...facts,
      exploitation: { kinds: ['labour'], stateImposedObligation: 'civic_obligation' },
    };
    expect(assessInstrument(c029, excluded as CaseFacts, { asFound: true }).verdict).toBe('not_met');
  });

  it('a case with almost nothing recorded meets nothing as found', () => {
    const sparse = { schemaVersion: 1, recruitment: { recruited: true } } as CaseFacts;
    const result = assess(sparse, { asFound: true });
    expect(result.mode).toBe('as_found');
    expect(
      result.instruments.map((i) => i.verdict).filter((v) => v === 'met' || v === 'undetermined'),
    ).toEqual([]);
    expect(assess(sparse).mode).toBe('investigation');
  });

  it('says so in words: the mode at the top, and why each open verdict is open', () => {
    const sparse = { schemaVersion: 1, recruitment: { recruited: true } } as CaseFacts;
    expect(renderAssessment(assess(sparse, { asFound: true }))).toContain(
      'As found: every fact not recorded counts as not established',
    );
    const text = renderAssessment(assess(sparse));
    expect(text).toContain('open: facts not recorded');
    expect(text).not.toContain('As found');
    expect(renderAssessment(assess(sparse), { lang: 'fr' })).toContain('ouvert\u00a0: faits non consignés');
    expect(renderAssessment(assess(sparse), { lang: 'es' })).toContain('abierto: hechos no registrados');
  });
});

describe('the command line', () => {
  const sparse = tempFile({ schemaVersion: 1, id: 'sparse', recruitment: { recruited: true } });

  it('assess, compare and table take --as-found and say the mode in their JSON', async () => {
    for (const args of [
      ['assess', sparse, '--json'],
      ['assess', sparse, '--json', '--schema-version', '1'],
      ['compare', sparse, '--json'],
      ['table', sparse, '--json'],
    ]) {
      const open = await runCli(args);
      const found = await runCli([...args, '--as-found']);
      expect(open.code, open.stderr).toBe(0);
      expect(JSON.parse(open.stdout).mode).toBe('investigation');
      expect(JSON.parse(found.stdout).mode).toBe('as_found');
    }
    const table = JSON.parse((await runCli(['table', sparse, '--json'])).stdout);
    expect(Object.values(table.rows[0].openBecause)).toContain('facts');
    const compact = JSON.parse((await runCli(['assess', sparse, '--json'])).stdout);
    const open = compact.instruments.filter((i: { verdict: string }) => i.verdict === 'undetermined');
    expect(open.length).toBeGreaterThan(0);
    for (const i of open) expect(i.openBecause).toBe('facts');
  });

  it('the text of compare and table says it too', async () => {
    expect((await runCli(['compare', sparse])).stdout).toContain('open: facts not recorded');
    expect((await runCli(['compare', sparse, '--as-found'])).stdout).toContain('As found');
    expect((await runCli(['table', sparse, '--as-found'])).stdout).toContain('As found');
  });
});
