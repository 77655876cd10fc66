// The source of every Delphi rule and grade, with the brief's verification tags (law.md §4, §12):
// grades and the per-dimension threshold come from a secondary transcription [S]; the formula that
// combines the dimensions is from memory [M]; the sexual-exploitation lists were not obtained.
import { type Certainty, type Citation, citer } from '../../law/logic/citation.js';

export const delphiTitle =
  'ILO–European Commission, Operational indicators of trafficking in human beings (Delphi survey, 2009), WCMS_105023';

/** First published March 2009 (EC page: 1 Mar 2009); revised September 2009. */
export const delphiPublished = '2009-03-01';

export const delphiCite = citer(delphiTitle, delphiPublished);

/** The grade of an indicator on a list, e.g. `gradeCite('D5', 'S')`. */
export function gradeCite(dimension: string, certainty: Certainty, note?: string): Citation {
  return delphiCite(`${dimension}, indicator lists (adults and children, labour exploitation)`, {
    certainty,
    ...(note ? { note } : {}),
  });
}

/** Step 1: when a dimension is positive (p. 3 as transcribed, not seen in the PDF). */
export const dimensionRuleCite = delphiCite('p. 3, rule for a positive dimension', {
  certainty: 'S',
  note: 'From a third-party transcription citing WCMS_105023 p. 3; it matches two independent recollections. The sentence itself was not seen in the PDF.',
});

/** Step 2: how the dimensions combine for an adult victim. */
export const combinationCite = delphiCite('combination of dimensions (adult victim)', {
  certainty: 'M',
  note: 'From memory (two independent recollections agree); not seen in the source text. Whether the brochure uses another formula for children is unverified.',
});

/** The ILO survey categories of migrants (not from the Delphi brochure). */
export const surveyCite: Citation = {
  instrument: 'ILO, Hard to see, harder to count: survey guidelines to estimate forced labour (2012)',
  article: 'classification of migrants (Moldova LFS pilot)',
  from: '2012-01-01',
  certainty: 'S',
  note: 'Reported through the same third-party transcription as the Delphi threshold.',
};
