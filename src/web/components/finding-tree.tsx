// The explanation: the finding tree, node by node — its value, its label in plain words, its
// citation, and for leaves the facts it read. Nodes with children expand and collapse. Read as found,
// a fact not recorded is said to be not established (which is how the rule read it).
import { memo } from 'preact/compat';
import type { Finding } from '../../law/logic/evaluate.js';
import { connective } from '../../law/logic/kinds.js';
import { ruleLabel, ruleNote } from '../../law/render/labels.js';
import { answerFor } from '../facts/answers.js';
import { questionText, verdictMarks, verdictWords } from '../facts/labels.js';
import { t, tr } from '../i18n.js';
import { Disclosure } from './disclosure.js';
import { focusQuestion } from './focus.js';

function Citation({ finding }: { finding: Finding }) {
  const cite = finding.cite;
  if (!cite) return null;
  const detail = [
    t('web.tree.appliesFrom', { from: cite.from }),
    cite.until ? t('web.tree.until', { until: cite.until }) : '',
    cite.note ?? '',
  ]
    .filter(Boolean)
    .join('; ');
  return (
    <cite title={detail} translate={false}>
      {cite.instrument}, {cite.article}
      {cite.certainty ? <span class="certainty"> [{cite.certainty}]</span> : null}
    </cite>
  );
}

/** How a node's children combine, in words ("all of"), for the kinds that have a connective. */
function joinerOf(finding: Finding): string | null {
  const english = connective(finding);
  if (english === null) return null;
  return tr.value.dynamic(
    `web.tree.connective.${finding.kind}`,
    { n: finding.n, outcome: finding.outcome },
    english,
  );
}

function Head({ finding }: { finding: Finding }) {
  const joiner = joinerOf(finding);
  return (
    <span class="node-head">
      <span class={`mark mark-${finding.value}`} title={verdictWords[finding.value]}>
        <span aria-hidden="true">{verdictMarks[finding.value]}</span>
        <span class="sr-only">{verdictWords[finding.value]}:</span>
      </span>{' '}
      <span class="node-label">{ruleLabel(tr.value, finding)}</span>
      {joiner ? <span class="joiner"> — {joiner}</span> : null} <Citation finding={finding} />
    </span>
  );
}

function Readings({ finding, asFound }: { finding: Finding; asFound?: boolean }) {
  if (!finding.facts?.length) return null;
  return (
    <ul class="readings">
      {finding.facts.map((reading) => (
        <li key={reading.path}>
          <button type="button" class="link" onClick={() => focusQuestion(reading.path)}>
            {questionText(reading.path)}
          </button>{' '}
          <span class={reading.value === null ? 'unknown' : 'known'}>
            {reading.value === null && asFound
              ? t('web.tree.notEstablished')
              : answerFor(reading.path, reading.value)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Note({ finding }: { finding: Finding }) {
  const note = ruleNote(tr.value, finding);
  return note ? <p class="note">{note}</p> : null;
}

// Memoised on the finding's identity: on the Assess page unchanged subtrees keep their objects
// (live/share-findings.ts), so an answer re-renders only the branches it changed.
export const FindingNode = memo(function FindingNode({
  finding,
  depth = 0,
  expanded,
  asFound,
}: {
  finding: Finding;
  depth?: number;
  expanded?: boolean;
  /** The rule was read as found: a fact not recorded counts as not established. */
  asFound?: boolean;
}) {
  const children = finding.children ?? [];
  if (children.length === 0) {
    return (
      <li class="node">
        <Head finding={finding} />
        <Readings finding={finding} asFound={asFound} />
        <Note finding={finding} />
      </li>
    );
  }
  const list = () => (
    <ul>
      {children.map((child, i) => (
        <FindingNode
          key={`${child.id}-${i}`}
          finding={child}
          depth={depth + 1}
          expanded={expanded}
          asFound={asFound}
        />
      ))}
    </ul>
  );
  if (expanded) {
    return (
      <li class="node">
        <Head finding={finding} />
        <Note finding={finding} />
        {list()}
      </li>
    );
  }
  return (
    <li class="node">
      <Disclosure open={depth === 0} summary={<Head finding={finding} />}>
        {() => (
          <>
            <Note finding={finding} />
            {list()}
          </>
        )}
      </Disclosure>
    </li>
  );
});

export function FindingTree({
  finding,
  expanded,
  asFound,
}: {
  finding: Finding;
  expanded?: boolean;
  asFound?: boolean;
}) {
  return (
    <ul class="tree">
      <FindingNode finding={finding} expanded={expanded} asFound={asFound} />
    </ul>
  );
}
