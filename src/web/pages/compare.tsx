// Compare: every instrument, international, regional and national, side by side for the case
// being assessed — the verdict, whether that law applied at the event date, and the elements that
// decided it — so that one sees where the same facts are trafficking in one system and not another.
// The rows are the domain's (../../law/compare.ts), the same ones `continuum compare` prints.

import { countryName } from '../../facts/country-codes.js';
import { type CompareRow, compareCase, type Decider } from '../../law/compare.js';
import { PartiesTimeline } from '../components/parties-timeline.js';
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

function Row({ row, placed }: { row: CompareRow; placed: boolean }) {
  const more = row.pivotal.length - PIVOTAL_SHOWN;
  const unbound = row.binding.status === 'not_party';
  return (
    <tr class={unbound ? 'unbound' : undefined}>
      <th scope="row">
        {row.title} <span class="note">{levelWords[row.level] ?? row.level}</span>
      </th>
      <td>
        <Verdict value={row.verdict} small />
      </td>
      <td>
        {row.reason ? <span class="note">{row.reason}</span> : null}
        {unbound && row.verdict !== 'not_applicable' ? (
          <p class="note">Not binding on this country: {row.binding.reason}</p>
        ) : null}
        {placed && row.binding.status === 'unknown' && row.reason === null ? (
          <p class="note">Whether it binds is unknown: {row.binding.reason}</p>
        ) : null}
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

const levelWords: Record<string, string> = {
  international: 'international',
  regional: 'regional',
  national: 'national',
};

function Group({
  id,
  heading,
  rows,
  placed,
}: {
  id: string;
  heading: string;
  rows: CompareRow[];
  placed: boolean;
}) {
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby={`group-${id}`}>
      <h2 id={`group-${id}`}>{heading}</h2>
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
            <Row key={r.id} row={r} placed={placed} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ComparePage() {
  const comparison = compareCase(facts.value, assessment.value);
  const country = comparison.case.jurisdiction;
  const byLevel = (rows: CompareRow[]) => levels.flatMap(([level]) => rows.filter((r) => r.level === level));
  const where = country ? countryName(country) : null;
  return (
    <div class="compare">
      <h1>Compare the instruments</h1>
      <p class="lede">
        The case on the <a href="#/assess">Assess</a> page, under every instrument at once: where the same
        facts are trafficking, forced labour or slavery in one legal system and not in another, and which
        element made the difference. What binds the country of the case comes first; law that did not bind it,
        or was not in force at the date of the events, is greyed out with the reason.
      </p>
      {where === null ? (
        <>
          <p class="note">No country is given for the case: whether each instrument binds it is unknown.</p>
          {levels.map(([level, heading]) => (
            <Group
              key={level}
              id={level}
              heading={heading}
              rows={comparison.rows.filter((r) => r.level === level)}
              placed={false}
            />
          ))}
        </>
      ) : (
        <>
          <Group
            placed
            id="binds"
            heading={`Binding on ${where}`}
            rows={byLevel(comparison.rows.filter((r) => r.binding.status === 'party'))}
          />
          <Group
            placed
            id="unknown"
            heading={`Not known whether it binds ${where}`}
            rows={byLevel(comparison.rows.filter((r) => r.binding.status === 'unknown'))}
          />
          <Group
            placed
            id="unbound"
            heading={`Not binding on ${where}`}
            rows={byLevel(comparison.rows.filter((r) => r.binding.status === 'not_party'))}
          />
        </>
      )}
      <PartiesTimeline />
    </div>
  );
}
