// Plain words for the vocabulary's enum values and for verdicts.
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

export function answerLabel(value: unknown): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (Array.isArray(value))
    return value.length === 0 ? 'none' : value.map((v) => valueLabel(String(v))).join(', ');
  if (typeof value === 'string') return valueLabel(value);
  if (value === undefined || value === null) return 'don’t know';
  return String(value);
}
