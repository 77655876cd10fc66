// Plain words for the vocabulary's enum values, for verdicts and for the instruments' short names.
// Every word a person reads about a value lives here, so that the translations have one place to go.
const special: Record<string, string> = {
  domestic_servitude: 'domestic servitude',
  forced_criminality: 'forced criminality',
  friend_or_acquaintance: 'a friend or acquaintance',
  at_or_above_legal_minimum: 'at or above the legal minimum',
  below_legal_minimum: 'below the legal minimum',
  prison_labour_public: 'prison labour for the state',
  prison_labour_private: 'prison labour for a private party',
};

/** `tied_work_visa` → "tied work visa". */
export function valueLabel(value: string): string {
  return special[value] ?? value.replace(/_/g, ' ');
}

export const verdictWords: Record<string, string> = {
  met: 'Met',
  not_met: 'Not met',
  undetermined: 'Undetermined',
  not_applicable: 'Not applicable',
};

/** One symbol per value, always shown beside the words (never colour alone). */
export const verdictMarks: Record<string, string> = {
  met: '✔',
  not_met: '✘',
  undetermined: '?',
  not_applicable: '–',
};

/** What each verdict means in a few words, for the legend beside the verdicts. */
export const verdictShortMeanings: Record<string, string> = {
  met: 'the facts given fulfil the definition',
  not_met: 'the facts given rule it out',
  undetermined: 'not enough facts either way',
  not_applicable: 'the law was not in force at the date of the events',
};

/** What each verdict means, for the glossary. */
export const verdictMeanings: Record<string, string> = {
  met: 'every element the definition requires is shown by the facts given.',
  not_met: 'the facts given rule the definition out: an element it requires is shown to be absent.',
  undetermined:
    'the facts given are not enough either way; the questions that would settle it are listed beside it.',
  not_applicable: 'this law was not in force on the date of the events, so it does not apply to them.',
};

/** Short names of the instruments, for tables and announcements (the ids stay in the JSON). */
const instrumentShortNames: Record<string, string> = {
  'un-trafficking-protocol': 'Palermo Protocol',
  'un-smuggling-protocol': 'Smuggling Protocol',
  'ilo-forced-labour-convention': 'ILO C029',
  'slavery-convention': 'Slavery Convention 1926',
  'supplementary-slavery-convention': 'Supplementary Convention 1956',
  servitude: 'ECHR Art 4 servitude',
  'coe-trafficking-convention': 'Council of Europe Convention',
  'eu-trafficking-directive': 'EU Directive 2011/36',
  'uk-modern-slavery-act': 'UK Modern Slavery Act',
  'us-tvpa': 'US TVPA',
};

export function instrumentShortName(id: string, title: string): string {
  return instrumentShortNames[id] ?? title;
}

export function answerLabel(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((v) => valueLabel(String(v))).join(', ');
  if (typeof value === 'string') return valueLabel(value);
  if (value === undefined || value === null) return 'don’t know';
  return String(value);
}
