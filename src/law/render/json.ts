// The rule tree as JSON (for `explain --json` and the HTTP API): functions dropped, data kept.
import type { Instrument } from '../instrument.js';
import type { Citation } from '../logic/citation.js';
import type { Rule } from '../logic/rule.js';

export type RuleNode = {
  id: string;
  kind: Rule['kind'];
  label: string;
  cite?: Citation;
  note?: string;
  paths?: string[];
  test?: string;
  n?: number;
  outcome?: string;
  children?: RuleNode[];
};

export function ruleToJson(rule: Rule): RuleNode {
  const node: RuleNode = { id: rule.id, kind: rule.kind, label: rule.label };
  if (rule.cite) node.cite = rule.cite;
  if (rule.note) node.note = rule.note;
  switch (rule.kind) {
    case 'fact':
      node.paths = rule.paths;
      node.test = rule.test;
      break;
    case 'not':
      node.children = [ruleToJson(rule.child)];
      break;
    case 'unless':
      node.outcome = rule.outcome;
      node.children = [ruleToJson(rule.base), ruleToJson(rule.exception)];
      break;
    case 'atLeast':
      node.n = rule.n;
      node.children = rule.children.map(ruleToJson);
      break;
    default:
      node.children = rule.children.map(ruleToJson);
  }
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
