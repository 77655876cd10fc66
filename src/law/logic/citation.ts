// Where a rule comes from: the instrument, the article and paragraph, and the date it applies from.
export type Certainty = 'V' | 'S' | 'M';

export type Citation = {
  /** Short name of the instrument, e.g. "UN Trafficking Protocol (2000)". */
  instrument: string;
  /** Article and paragraph as the instrument numbers them, e.g. "Art 3(a)". */
  article: string;
  /** ISO date from which this provision applies (entry into force, or adoption where noted). */
  from: string;
  /** ISO date until which it applied, when it has been replaced. */
  until?: string;
  /** How sure our reading of the source is: [V] verified against the text, [S] secondary source, [M] from memory. */
  certainty?: Certainty;
  /** A short remark on the reading (case law, interpretative notes). */
  note?: string;
};

export function formatCitation(citation: Citation): string {
  return `${citation.instrument}, ${citation.article}`;
}

/** A citation factory for one instrument, so each rule names only its article: `cite('Art 3(a)')`. */
export function citer(instrument: string, from: string, certainty?: Certainty) {
  return (article: string, extra: Partial<Omit<Citation, 'instrument' | 'article'>> = {}): Citation => ({
    instrument,
    article,
    from,
    ...(certainty ? { certainty } : {}),
    ...extra,
  });
}
