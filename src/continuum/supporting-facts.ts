// The facts that carry a finding: for a met node, the known facts along the branches that make it
// met (every child of an `all`, the met children of an `any` or `atLeast`, the deciding side of an
// `unless`). Used to say which facts placed a case where it is.
import type { FactReading, Finding } from '../law/logic/evaluate.js';
import { carriers } from '../law/logic/kinds.js';

export function supportingFacts(finding: Finding): FactReading[] {
  const found = new Map<string, FactReading>();
  const visit = (node: Finding): void => {
    for (const fact of node.facts ?? []) if (fact.value !== null) found.set(fact.path, fact);
    carriers(node).forEach(visit);
  };
  if (finding.value === 'met') visit(finding);
  return [...found.values()];
}
