// The facts that carry a finding: for a met node, the known facts along the branches that make it
// met (every child of an `all`, the met children of an `any` or `atLeast`). Used to say which facts
// placed a case where it is.
import type { FactReading, Finding } from '../law/logic/evaluate.js';

export function supportingFacts(finding: Finding): FactReading[] {
  const found = new Map<string, FactReading>();
  const visit = (node: Finding): void => {
    if (node.kind === 'fact') {
      for (const fact of node.facts ?? []) if (fact.value !== null) found.set(fact.path, fact);
      return;
    }
    const children = node.children ?? [];
    switch (node.kind) {
      case 'all':
        children.forEach(visit);
        break;
      case 'any':
      case 'atLeast':
        children.filter((child) => child.value === 'met').forEach(visit);
        break;
      case 'not':
        // A negation is met because its child is not_met: the known facts under it carry it.
        children.forEach(visitKnown);
        break;
      case 'unless': {
        const [base, exception] = children;
        if (exception?.value === 'met') visit(exception);
        else if (base) visit(base);
        break;
      }
    }
  };
  const visitKnown = (node: Finding): void => {
    for (const fact of node.facts ?? []) if (fact.value !== null) found.set(fact.path, fact);
    (node.children ?? []).forEach(visitKnown);
  };
  if (finding.value === 'met') visit(finding);
  return [...found.values()];
}
