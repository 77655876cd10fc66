// The elements that decided a verdict, each with its article: on Assess beside each verdict, on
// Compare per row, in the report. Elements with the same value under the same alternative share one
// line, so that an undetermined verdict's open elements read as one list. An exception that ruled a
// definition out says so in words ("ruled out by"), never as "not met: no …".
import type { DecidingElement } from '../../law/render/compact.js';
import { ruleLabel } from '../../law/render/labels.js';
import { t, tr } from '../i18n.js';
import { Verdict } from './verdict.js';

type Group = {
  value: string;
  branch?: string;
  branchLabel?: string;
  exception?: true;
  elements: DecidingElement[];
};

function groups(deciders: readonly DecidingElement[]): Group[] {
  const out: Group[] = [];
  for (const d of deciders) {
    const last = out[out.length - 1];
    if (
      last &&
      last.value === d.value &&
      last.branchLabel === d.branchLabel &&
      last.exception === d.exception
    )
      last.elements.push(d);
    else
      out.push({
        value: d.value,
        branch: d.branch,
        branchLabel: d.branchLabel,
        exception: d.exception,
        elements: [d],
      });
  }
  return out;
}

/** In a list of several, an element by its head ("A means: force, …" → "A means"). */
const head = (label: string, several: boolean) => (several ? label.split(': ')[0] : label);

function Element({ element, several }: { element: DecidingElement; several: boolean }) {
  const label = ruleLabel(tr.value, element);
  return (
    <span class="element" title={several ? label : undefined}>
      {head(label, several)}
      {element.cite ? <cite translate={false}>{element.cite.article}</cite> : null}
    </span>
  );
}

export function DecidedBy({ deciders }: { deciders: readonly DecidingElement[] }) {
  if (deciders.length === 0) return null;
  return (
    <ul class="deciders">
      {groups(deciders).map((group) => {
        const several = group.elements.length > 1;
        return (
          <li key={`${group.branchLabel ?? ''}/${group.elements[0].id}`}>
            {group.exception ? (
              <span class="ruled-out">{t('web.decided.ruledOut')}</span>
            ) : (
              <Verdict value={group.value} small />
            )}{' '}
            {group.branchLabel ? (
              <span class="branch">
                {t('web.decided.under', {
                  branch: ruleLabel(tr.value, {
                    id: group.branch ?? '',
                    label: group.branchLabel,
                  }),
                })}{' '}
              </span>
            ) : null}
            {group.elements.map((element, i) => (
              <span key={element.id}>
                {i > 0 ? '; ' : null}
                <Element element={element} several={several} />
              </span>
            ))}
          </li>
        );
      })}
    </ul>
  );
}

/** The articles of the deciding elements, once each, e.g. "Art 3(a), Art 3(c)". */
export function decidingArticles(deciders: readonly DecidingElement[]): string {
  return [...new Set(deciders.flatMap((d) => (d.cite ? [d.cite.article] : [])))].join(', ');
}
