// The rule tree as JSON (for `explain --json` and the HTTP API): functions dropped, data kept.
import type { Instrument } from '../instrument.js';
import type { Citation } from '../logic/citation.js';
import { childrenOf, describeOnto } from '../logic/kinds.js';
import type { Rule } from '../logic/rule.js';
import type { Truth } from '../logic/truth.js';

export type RuleNode = {
  id: string;
  kind: Rule['kind'];
  label: string;
  cite?: Citation;
  note?: string;
  paths?: string[];
  test?: string;
  n?: number;
  outcome?: Truth;
  children?: RuleNode[];
};

export function ruleToJson(rule: Rule): RuleNode {
  const node: RuleNode = { id: rule.id, kind: rule.kind, label: rule.label };
  if (rule.cite) node.cite = rule.cite;
  if (rule.note) node.note = rule.note;
  if (rule.kind === 'fact') node.paths = rule.paths;
  describeOnto(rule, node);
  if (rule.kind !== 'fact') node.children = childrenOf(rule).map(ruleToJson);
  return node;
}

export function instrumentToJson(instrument: Instrument) {
  return {
    id: instrument.id,
    title: instrument.title,
    level: instrument.level,
    citation: instrument.citation,
    adopted: instrument.adopted,
    inForce: instrument.inForce,
    rule: ruleToJson(instrument.rule),
    remarks: (instrument.remarks ?? []).map(ruleToJson),
  };
}
