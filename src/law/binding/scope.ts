// Where each instrument binds: international and regional treaties bind the states in their
// participation list; national statutes bind in their own territory and, where the statute says so,
// reach conduct abroad by who the offender is. Declared here by instrument id, apart from the
// instruments' definitions, so that the law's own files stay about the law's elements.
import type { CaseFacts } from '../../facts/schema.js';
import type { Citation } from '../logic/citation.js';
import type { Truth } from '../logic/truth.js';

/** A ground on which a national law reaches conduct outside its territory. */
export type Reach = {
  id: string;
  /** In words, in English; the catalogue has it as `law.reach.<id>` for every language. */
  label: string;
  cite: Citation;
  /** The date the ground was enacted: conduct before it is not reached on this ground. */
  from: string;
  /** Whether the facts show the ground: unknown facts give `undetermined`, never `not_met`. */
  test: (facts: CaseFacts) => Truth;
};

export type Scope =
  | { kind: 'treaty'; list: string }
  | {
      kind: 'territory';
      state: string;
      /** In words, in English; the catalogue has it as `law.territory.<instrument id>`. */
      territoryLabel: string;
      reach: readonly Reach[];
    };

/** Whether a list of countries, when given, holds `code`: a given list is all that is known to be true. */
function listHolds(list: readonly string[] | null | undefined, code: string): Truth {
  if (list === null || list === undefined) return 'undetermined';
  return list.includes(code) ? 'met' : 'not_met';
}

function anyOf(values: Truth[]): Truth {
  if (values.includes('met')) return 'met';
  return values.includes('undetermined') ? 'undetermined' : 'not_met';
}

function mss(article: string): Citation {
  return { instrument: 'Modern Slavery Act 2015', article, from: '2015-07-31', certainty: 'S' };
}
function usc1596(article: string): Citation {
  return { instrument: '18 U.S.C.', article, from: '2008-12-23', certainty: 'S' };
}

const ukReach: Reach[] = [
  {
    id: 'uk-national-offender',
    label:
      'an offender is a UK national, who commits the human trafficking offence wherever the arranging or the travel takes place',
    cite: mss('s 2(6)'),
    from: '2015-07-31',
    test: (facts) => listHolds(facts.offenders?.nationalities, 'GB'),
  },
];

const usReach: Reach[] = [
  {
    id: 'us-national-or-resident-offender',
    label: 'an offender is a US national or a permanent resident of the United States',
    cite: usc1596('§ 1596(a)(1)'),
    // Added by the William Wilberforce Trafficking Victims Protection Reauthorization Act of 2008, § 223.
    from: '2008-12-23',
    test: (facts) =>
      anyOf([
        listHolds(facts.offenders?.nationalities, 'US'),
        listHolds(facts.offenders?.permanentResidences, 'US'),
      ]),
  },
  {
    id: 'offender-present-in-us',
    label: 'an offender is present in the United States, whatever their nationality',
    cite: usc1596('§ 1596(a)(2)'),
    from: '2008-12-23',
    test: (facts) => listHolds(facts.offenders?.presentIn, 'US'),
  },
];

const scopes: Readonly<Record<string, Scope>> = {
  'un-trafficking-protocol': { kind: 'treaty', list: 'un-trafficking-protocol' },
  'un-smuggling-protocol': { kind: 'treaty', list: 'un-smuggling-protocol' },
  'ilo-forced-labour-convention': { kind: 'treaty', list: 'ilo-forced-labour-convention' },
  'slavery-convention': { kind: 'treaty', list: 'slavery-convention' },
  'supplementary-slavery-convention': { kind: 'treaty', list: 'supplementary-slavery-convention' },
  'echr-article-4': { kind: 'treaty', list: 'servitude' },
  servitude: { kind: 'treaty', list: 'servitude' },
  'coe-trafficking-convention': { kind: 'treaty', list: 'coe-trafficking-convention' },
  'eu-trafficking-directive': { kind: 'treaty', list: 'eu-trafficking-directive' },
  // Part 1 of the Act extends to England and Wales (s 60); Scotland and Northern Ireland have Acts of
  // their own. The facts name countries, so the United Kingdom as a whole stands for its territory.
  'uk-modern-slavery-act': {
    kind: 'territory',
    state: 'GB',
    territoryLabel: 'the United Kingdom (England and Wales)',
    reach: ukReach,
  },
  'us-tvpa': { kind: 'territory', state: 'US', territoryLabel: 'the United States', reach: usReach },
};

export function scopeOf(instrumentId: string): Scope | undefined {
  return scopes[instrumentId];
}

/** The countries where some of the conduct took place, as the facts give them. */
export function placesOfConduct(facts: CaseFacts): string[] {
  const places = [facts.jurisdiction, facts.recruitment?.country, facts.exploitation?.country];
  return [...new Set(places.filter((place): place is string => typeof place === 'string'))];
}
