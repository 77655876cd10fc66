// Compare: every instrument, international, regional and national, side by side for the case
// being assessed — the verdict, whether that law applied at the event date, and the elements that
// decided it — so that one sees where the same facts are trafficking in one system and not another.
import type { InstrumentAssessment } from '../../law/assess.js';
import { instruments } from '../../law/instruments/index.js';
import type { Finding } from '../../law/logic/evaluate.js';
import { Verdict } from '../components/verdict.js';
import { assessment } from '../state/case.js';

const levelOf = new Map(instruments.map((i) => [i.id, i.level]));
const levels = [
  ['international', 'International'],
  ['regional', 'Regional'],
  ['national', 'National'],
] as const;

/** The elements just below the definition that carry its value: what decided it. */
function deciders(finding: Finding): Finding[] {
  let node = finding;
  // An exception's wrapper (`unless`) and negations only pass a value through: look inside.
  while ((node.kind === 'unless' || node.kind === 'not') && node.children?.length) {
    const inner: Finding | undefined =
      node.children.find((child) => child.value === finding.value) ?? node.children[0];
    if (!inner || inner.children === undefined) break;
    node = inner;
  }
  const children = node.children ?? [];
  const same = children.filter((child) => child.value === finding.value);
  return same.length > 0 ? same : children.filter((child) => child.value === 'undetermined');
}

function Row({ result }: { result: InstrumentAssessment }) {
  const decided = result.verdict === 'not_applicable' ? [] : deciders(result.elements);
  return (
    <tr>
      <th scope="row">{result.title}</th>
      <td>
        <Verdict value={result.verdict} small />
      </td>
      <td>
        {result.verdict === 'not_applicable' || result.applicability.assumed ? (
          <span class="note">{result.applicability.reason}</span>
        ) : (
          <ul class="deciders">
            {decided.map((d) => (
              <li key={d.id}>
                <Verdict value={d.value} small /> {d.label} {d.cite ? <cite>{d.cite.article}</cite> : null}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}

export function ComparePage() {
  const results = assessment.value.instruments;
  return (
    <div class="compare">
      <h1>Compare the instruments</h1>
      <p class="lede">
        The case on the <a href="#/assess">Assess</a> page, under every instrument at once: where the same
        facts are trafficking, forced labour or slavery in one legal system and not in another, and which
        element made the difference. Law that was not in force at the date of the events is marked not
        applicable.
      </p>
      {levels.map(([level, heading]) => {
        const rows = results.filter((r) => (levelOf.get(r.id) ?? 'international') === level);
        if (rows.length === 0) return null;
        return (
          <section key={level} aria-labelledby={`level-${level}`}>
            <h2 id={`level-${level}`}>{heading}</h2>
            <table class="compare-table">
              <thead>
                <tr>
                  <th scope="col">Instrument</th>
                  <th scope="col">Verdict</th>
                  <th scope="col">Decided by</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <Row key={r.id} result={r} />
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
