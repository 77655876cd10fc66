// European Convention on Human Rights (Convention for the Protection of Human Rights and Fundamental
// Freedoms), signed at Rome 4 Nov 1950; in force 3 Sep 1953. Art 4, prohibition of slavery and
// forced labour, as the European Court of Human Rights reads it. The Article defines none of its
// terms: the Court reads slavery through the Slavery Convention 1926 (Siliadin v France, no.
// 73316/01, 26 Jul 2005, §122), servitude as an aggravated form of forced labour (Siliadin §123–124;
// C.N. and V. v France, no. 67724/09, 11 Oct 2012, §89–91), forced or compulsory labour through ILO
// C029 Art 2(1) with tests of its own (Van der Mussele v Belgium, no. 8919/80, 23 Nov 1983,
// §32–40), and trafficking in human beings as within Art 4 (Rantsev v Cyprus and Russia, no.
// 25965/04, 7 Jan 2010, §282; S.M. v Croatia [GC], no. 60561/14, 25 Jun 2020, §296–303).
//
// The `servitude` instrument (the Art 4(1) servitude limb alone) is kept for earlier callers; it is
// the same rule as the servitude element of `echr-article-4`.
import type { StateImposedObligation } from '../../facts/schema.js';
import { stateImposedObligations } from '../../facts/values.js';
import { involuntariness, menaceOfPenalty, workOrService } from '../elements/forced-labour.js';
import { servitude, slavery } from '../elements/slavery.js';
import type { Instrument } from '../instrument.js';
import { type Certainty, type Citation, citer } from '../logic/citation.js';
import { all, any, defeasible, fact, flag, oneOf, type Rule, unless } from '../logic/rule.js';
import { trafficking as coeTrafficking } from './coe-trafficking-convention-2005.js';

/**
 * An obligation of one of `kinds` is excluded (or accepted) unless it is shown to be disproportionate:
 * read only where the facts show it (default logic), so both paths are `defeasiblePaths`.
 */
function obligationUnlessDisproportionate(
  id: string,
  label: string,
  kinds: readonly StateImposedObligation[],
  meta: { cite: Citation; note?: string },
): Rule {
  return defeasible(
    fact(
      id,
      label,
      {
        paths: ['exploitation.stateImposedObligation', 'exploitation.obligationDisproportionate'],
        test: `is one of ${kinds.join(', ')}, and not shown to be disproportionate`,
        evaluate: ([obligation, disproportionate]) =>
          typeof obligation === 'string' &&
          (kinds as readonly string[]).includes(obligation) &&
          disproportionate !== true
            ? 'met'
            : 'not_met',
        candidates: [[...stateImposedObligations], [true, false]],
      },
      meta,
    ),
  );
}

/** A state-imposed obligation of one of `kinds` is shown (an exclusion read only where shown). */
function obligationShown(
  id: string,
  label: string,
  kinds: readonly StateImposedObligation[],
  meta: { cite: Citation; note?: string },
): Rule {
  return defeasible(
    fact(
      id,
      label,
      {
        paths: ['exploitation.stateImposedObligation'],
        test: `is shown to be one of ${kinds.join(', ')}`,
        evaluate: ([obligation]) =>
          typeof obligation === 'string' && (kinds as readonly string[]).includes(obligation)
            ? 'met'
            : 'not_met',
        candidates: [[...stateImposedObligations]],
      },
      meta,
    ),
  );
}

// The text of Art 4 is checked [V]; the Court's readings are from its judgments as we recall them
// (paragraph numbers [S] unless marked).
const cite = citer('European Convention on Human Rights', '1953-09-03', 'V');

/**
 * How a node of Art 4 is cited: `article` is the Convention's ("Art 4(3)(a)"); `note`, where given,
 * is the Court's reading of it, from a secondary source (`certainty: 'S'`). The Convention cites
 * its own articles; a law that must be read as Art 4 is read (UK Modern Slavery Act 2015 s1(2))
 * cites its own section, naming the paragraph of Art 4 it reads.
 */
export type Article4Citer = (article: string, extra?: { note?: string; certainty?: Certainty }) => Citation;

/** Art 4's slavery, servitude and forced or compulsory labour, as the Court reads them. */
export type Article4Reading = { slavery: Rule; servitude: Rule; forcedLabour: Rule };

/**
 * Art 4(1)–(3) as the Court reads them, each node cited through `cite`. With `intendedSuffices`,
 * forced labour as an intended purpose (work meant to be exacted counts; see `workOrService`).
 */
export function article4Reading(
  cite: Article4Citer,
  options: { intendedSuffices?: boolean } = {},
): Article4Reading {
  const reading = (article: string, note: string) => cite(article, { certainty: 'S', note });
  // Art 4(1) — "No one shall be held in slavery": slavery in the sense of the Slavery Convention 1926,
  // the exercise of powers attaching to ownership; control alone the Court has not called slavery.
  const slaveryLimb = slavery(
    reading(
      'Art 4(1)',
      'Siliadin v France (2005) §122: slavery in the 1926 sense; the employers’ control over the applicant was not a genuine right of ownership reducing her to an object.',
    ),
  );

  // Art 4(2) — "No one shall be required to perform forced or compulsory labour": work or service
  // exacted under the menace of a penalty and against the person's will, read through ILO C029
  // Art 2(1) (Van der Mussele §32–34).
  const work = workOrService(cite('Art 4(2)'), options);
  const menace = menaceOfPenalty(
    reading(
      'Art 4(2)',
      'Van der Mussele (1983) §34–35: the menace of any penalty, read with C029; a sanction such as being struck off a professional roll is daunting enough.',
    ),
  );

  // Art 4(2) — an obligation that comes with a profession or with a state benefit counts as accepted
  // beforehand, unless its burden is so excessive or out of proportion to the advantages it brings
  // that it cannot be (Van der Mussele §37, professional obligations; Schuitemaker v the Netherlands
  // (dec.), no. 15906/08, 4 May 2010, work required as a condition of unemployment benefits).
  const disproportionateBurden = all(
    'disproportionate-burden',
    'An obligation of a profession or a state benefit whose burden was excessive or out of proportion to its advantages',
    [
      oneOf(
        'exploitation.stateImposedObligation',
        'The work was a professional obligation or a condition of a state benefit',
        ['professional_duty', 'benefit_condition'],
        stateImposedObligations,
      ),
      flag('exploitation.obligationDisproportionate', 'The burden was excessive or disproportionate'),
    ],
    reading(
      'Art 4(2)',
      'Van der Mussele (1983) §37: a burden so excessive or disproportionate to the advantages of the profession cannot be treated as accepted beforehand.',
    ),
  );
  const againstTheWill = any(
    'against-the-will',
    'The work was exacted against the person’s will: not offered voluntarily, or a disproportionate burden',
    [involuntariness(cite('Art 4(2)')), disproportionateBurden],
    reading(
      'Art 4(2)',
      'Van der Mussele (1983) §34, §37: prior consent is not decisive where the burden is disproportionate.',
    ),
  );
  const acceptedObligation = obligationUnlessDisproportionate(
    'accepted-obligation',
    'A professional obligation or a condition of a state benefit, not shown to be disproportionate: accepted with the profession or the benefit',
    ['professional_duty', 'benefit_condition'],
    {
      cite: reading(
        'Art 4(2)',
        'Van der Mussele (1983) §37–40 (unpaid defence of indigent clients by a pupil advocate: not disproportionate); Schuitemaker v the Netherlands (dec.), no. 15906/08, 4 May 2010 (a state may require claimants of benefits to accept generally accepted work).',
      ),
    },
  );
  const forcedLabourElements = unless(
    'forced-labour-art-4-2',
    'Work exacted under the menace of a penalty and against the person’s will',
    all(
      'forced-labour-elements',
      'Work exacted under the menace of a penalty and against the person’s will (all three)',
      [work, menace, againstTheWill],
      cite('Art 4(2)'),
    ),
    acceptedObligation,
    'not_met',
    cite('Art 4(2)'),
  );

  // Art 4(3) — "forced or compulsory labour" shall not include (it delimits para 2, on the ideas of
  // the general interest, social solidarity and what is normal: Van der Mussele §38):
  // (a) work required in the ordinary course of detention under Art 5, or during conditional release;
  const detentionWork = obligationShown(
    'ordinary-detention-work',
    '(a) Work required in the ordinary course of lawful detention, or during conditional release',
    ['prison_labour_public', 'prison_labour_private'],
    {
      cite: reading(
        'Art 4(3)(a)',
        'Unlike C029 Art 2(2)(c), the text has no condition that the prisoner not be hired to private parties (Twenty-one Detained Persons v Germany, Commission decision, 6 Apr 1968); Stummer v Austria [GC], no. 37452/02, 7 Jul 2011: ordinary prison work, even without old-age pension cover, falls under (a).',
      ),
    },
  );
  // (b) any service of a military character, or substitute service of conscientious objectors;
  const militaryService = obligationShown(
    'military-service',
    '(b) Service of a military character, or service exacted instead of it from conscientious objectors',
    ['military_service'],
    { cite: cite('Art 4(3)(b)') },
  );
  // (c) any service exacted in an emergency or calamity threatening the life or well-being of the
  // community;
  const emergencyService = obligationShown(
    'emergency-service',
    '(c) Service exacted in an emergency or calamity threatening the life or well-being of the community',
    ['emergency'],
    { cite: cite('Art 4(3)(c)') },
  );
  // (d) any work or service which forms part of normal civic obligations — "normal" only where not
  // disproportionate.
  const normalCivicObligation = obligationUnlessDisproportionate(
    'normal-civic-obligation',
    '(d) Work or service forming part of normal civic obligations (including minor communal services), not shown to be disproportionate',
    ['civic_obligation', 'minor_communal_service'],
    {
      cite: reading(
        'Art 4(3)(d)',
        'What is normal is judged by the general interest and by whether the burden is disproportionate (Van der Mussele §38; Karlheinz Schmidt v Germany, 18 Jul 1994, §22; Zarb Adami v Malta, no. 17209/02, 20 Jun 2006, §44).',
      ),
    },
  );
  const delimitations = any(
    'art-4-3',
    'Work that Art 4(3) says is not forced or compulsory labour',
    [detentionWork, militaryService, emergencyService, normalCivicObligation],
    cite('Art 4(3)'),
  );

  const forcedLabour = unless(
    'forced-labour',
    'Forced or compulsory labour (Art 4(2), delimited by Art 4(3))',
    forcedLabourElements,
    delimitations,
    'not_met',
    cite('Art 4(2), (3)'),
  );

  // Art 4(1) — "or servitude": a particularly serious denial of freedom, read by the Court as forced
  // labour aggravated by the obligation to live on the other's premises and the feeling that the
  // situation is permanent and cannot change. Placed after paras 2–3 because it builds on them.
  const servitudeLimb = servitude({
    servitude: reading(
      'Art 4(1)',
      'Siliadin v France (2005) §123–124; C.N. and V. v France (2012) §89–91: servitude is aggravated forced labour.',
    ),
    forcedLabour,
  });
  return { slavery: slaveryLimb, servitude: servitudeLimb, forcedLabour };
}

const convention = article4Reading(cite);

// Art 4 — trafficking in human beings, as defined in Palermo Art 3(a) and CoE Convention Art 4(a),
// falls within the scope of Art 4 itself.
const traffickingLimb = all(
  'trafficking-within-art-4',
  'Trafficking in human beings (the Palermo and Council of Europe definition), which the Court holds to fall within Art 4',
  [coeTrafficking],
  cite('Art 4', {
    certainty: 'S',
    note: 'Rantsev v Cyprus and Russia (2010) §282; S.M. v Croatia [GC] (2020) §296–303: all three elements of the international definition (act, means, purpose) are needed.',
  }),
);

export const article4 = any(
  'echr-article-4',
  'Held in slavery or servitude, required to perform forced or compulsory labour, or trafficked (ECHR Art 4)',
  [convention.slavery, convention.servitude, convention.forcedLabour, traffickingLimb],
  cite('Art 4'),
);

/** Paths whose rules are exceptions read only where shown (exempt from monotonicity). */
const defeasiblePaths = [
  'exploitation.stateImposedObligation',
  'exploitation.obligationDisproportionate',
  'exploitation.intendedOnly',
  'control.freeToLeave',
];

export const echrArticle4: Instrument = {
  id: 'echr-article-4',
  title: 'ECHR Art 4: slavery, servitude, forced or compulsory labour (as the European Court reads it)',
  level: 'regional',
  citation: cite('Art 4'),
  adopted: '1950-11-04',
  inForce: { from: '1953-09-03' },
  rule: article4,
  defeasiblePaths,
};

/** The Art 4(1) servitude limb alone, under the id it had before `echr-article-4` (kept working). */
export const echrServitude: Instrument = {
  id: 'servitude',
  title: 'Servitude (ECHR Art 4, as read in Siliadin v France and C.N. and V. v France)',
  level: 'regional',
  citation: cite('Art 4(1)'),
  adopted: '1950-11-04',
  inForce: { from: '1953-09-03' },
  rule: convention.servitude,
  defeasiblePaths,
};
