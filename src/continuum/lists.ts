// Which Delphi list applies: the child list for a child (Palermo Art 3(d): under 18, with the
// `isChild` reading of src/law/derived.ts), the sexual list where the exploitation includes sexual
// exploitation. Where either is unknown, every list it could be is returned, the most likely first.
import { isChild, kindIncludes } from '../law/derived.js';
import { citer } from '../law/logic/citation.js';
import { type FactReader, truthOf } from '../law/logic/evaluate.js';
import type { Rule } from '../law/logic/rule.js';
import type { Truth } from '../law/logic/truth.js';
import type { ListId } from './indicators/types.js';

const palermo = citer('UN Trafficking Protocol (2000)', '2003-12-25', 'V');

/** Named rules choosing the list, so explanations can show them. */
export const childRule = isChild(palermo('Art 3(d)'));
export const sexualRule = kindIncludes(
  'sexual-exploitation',
  'The exploitation includes sexual exploitation',
  ['sexual'],
);

/** A rule's value however the caller evaluates rules (a fact reader, compiled CTDC rules…). */
export type RuleTruth = (rule: Rule) => Truth;

/** The lists that may apply, from the values of childRule and sexualRule. */
export function listsFrom(truth: RuleTruth): { lists: ListId[]; childhood: Truth; sexual: Truth } {
  const childhood = truth(childRule);
  const sexual = truth(sexualRule);
  const ages = childhood === 'met' ? ['child'] : childhood === 'not_met' ? ['adult'] : ['adult', 'child'];
  const kinds = sexual === 'met' ? ['sexual'] : sexual === 'not_met' ? ['labour'] : ['labour', 'sexual'];
  const lists = ages.flatMap((age) => kinds.map((kind) => `${age}-${kind}` as ListId));
  return { lists, childhood, sexual };
}

export function listsFor(read: FactReader): { lists: ListId[]; childhood: Truth; sexual: Truth } {
  return listsFrom((rule) => truthOf(rule, read));
}
