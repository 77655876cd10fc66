// Compare: every instrument, international, regional and national, side by side for the case
// being assessed — the verdict, whether that law applied at the event date, and the elements that
// decided it — so that one sees where the same facts are trafficking in one system and not another.
// The rows are the domain's (../../law/compare.ts), the same ones `continuum compare` prints.
import { type CompareRow, compareCase, type Decider } from '../../law/compare.js';
import { Verdict } from '../components/verdict.js';
import { assessment, facts } from '../state/case.js';

const levels = [
  ['international', 'International'],
  ['regional', 'Regional'],
  ['national', 'National'],
] as const;

/** Unknown facts listed under an undetermined row before the rest are counted (as the CLI does). */
const PIVOTAL_SHOWN = 4;

function DeciderItem({ decider }: { decider: Decider }) {
  const cite = decider.cite ? <cite>{decider.cite.article}</cite> : null;
  if (decider.exception) {
    return (
      <li>
        <Verdict value="not_met" small /> excluded: {decider.label} {cite}
      </li>
    );
  }
  return (
    <li>
      <Verdict value={decider.value} small /> {decider.branch ? `${decider.branch} › ` : ''}
      {decider.label} {cite}
    </li>
  );
}

function Row({ row }: { row: CompareRow }) {
  const more = row.pivotal.length - PIVOTAL_SHOWN;
  return (
    <tr>
      <th scope="row">{row.title}</th>
      <td>
        <Verdict value={row.verdict} small />
      </td>
      <td>
        {row.reason ? <span class="note">{row.reason}</span> : null}
        {row.decidedBy.length > 0 ? (
          <ul class="deciders">
            {row.decidedBy.map((d) => (
              <DeciderItem key={d.path.join('/')} decider={d} />
            ))}
          </ul>
        ) : null}
        {row.verdict === 'undetermined' && row.pivotal.length > 0 ? (
          <p class="note">
            Settled by: {row.pivotal.slice(0, PIVOTAL_SHOWN).join(', ')}
            {more > 0 ? ` (+${more} more)` : ''}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

export function ComparePage() {
  const comparison = compareCase(facts.value, assessment.value);
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
        const rows = comparison.rows.filter((r) => r.level === level);
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
                  <Row key={r.id} row={r} />
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
