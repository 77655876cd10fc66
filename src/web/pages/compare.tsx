// Compare: every instrument, international, regional and national, side by side for the case
// being assessed — the verdict, whether that law applied at the event date, and the elements that
// decided it — so that one sees where the same facts are trafficking in one legal system and not another.
// The rows are the domain's (../../law/compare.ts), the same ones `continuum compare` prints. What
// binds the case's country comes first. It prints on its own (a toolbar button, and a print style
// that keeps each row whole). The verdicts are read as the Assess page is set to read them (the
// investigator's view or the facts as found); the page says which, and why each open one is open.
import { countryName } from '../../facts/country-codes.js';
import { questionFor } from '../../facts/questions.js';
import { type CompareRow, compareCase } from '../../law/compare.js';
import { DecidedBy } from '../components/decided-by.js';
import { ModeLine, openReasonShort } from '../components/open-reason.js';
import { PartiesTimeline } from '../components/parties-timeline.js';
import { TableBox } from '../components/table-box.js';
import { Legend, Verdict } from '../components/verdict.js';
import { facts, fullAssessment } from '../state/case.js';

const levels = ['international', 'regional', 'national'] as const;

const text = {
  title: 'Compare the instruments',
  lede: [
    'The case on the ',
    'Assess',
    ' page, under every instrument at once: where the same facts are trafficking, forced labour or slavery in one legal system and not in another, and which element made the difference. What binds the country of the case comes first; law that did not bind it, or was not in force at the date of the events, is greyed out with the reason.',
  ],
  print: 'Print',
  levels: { international: 'International', regional: 'Regional', national: 'National' } as Record<
    string,
    string
  >,
  levelWord: { international: 'international', regional: 'regional', national: 'national' } as Record<
    string,
    string
  >,
  instrument: 'Instrument',
  verdict: 'Verdict',
  decidedBy: 'Decided by',
  table: (group: string) => `${group}: the instruments side by side`,
  settledBy: 'Would be settled by:',
  contested: (label: string) => `The law is contested on: ${label}.`,
  more: (n: number) => ` (and ${n} more)`,
  caseLine: (title: string) => `Case: ${title}`,
  untitled: 'untitled case',
  noCountry: 'No country is given for the case: whether each instrument binds it is unknown.',
  notBinding: (reason: string) => `Not binding on this country: ${reason}`,
  bindingUnknown: (reason: string) => `Whether it binds is unknown: ${reason}`,
  binds: (where: string) => `Binding on ${where}`,
  mayBind: (where: string) => `Not known whether it binds ${where}`,
  doesNotBind: (where: string) => `Not binding on ${where}`,
};

/** Questions listed under an undetermined row before the rest are counted (as the CLI does). */
const QUESTIONS_SHOWN = 4;

function Row({ row, placed }: { row: CompareRow; placed: boolean }) {
  const more = row.pivotal.length - QUESTIONS_SHOWN;
  const unbound = row.binding.status === 'not_party';
  return (
    <tr class={unbound ? 'unbound' : undefined}>
      <th scope="row">
        {row.title} <span class="note">{text.levelWord[row.level] ?? row.level}</span>
      </th>
      <td>
        <Verdict value={row.verdict} small />
        {row.verdict === 'undetermined' && row.openBecause ? (
          <span class="open-short" data-open-because={row.openBecause}>
            {openReasonShort(row.openBecause)}
          </span>
        ) : null}
      </td>
      <td>
        {row.reason ? <span class="note">{row.reason}</span> : null}
        {unbound && row.verdict !== 'not_applicable' ? (
          <p class="note">{text.notBinding(row.binding.reason)}</p>
        ) : null}
        {placed && row.binding.status === 'unknown' && row.reason === null ? (
          <p class="note">{text.bindingUnknown(row.binding.reason)}</p>
        ) : null}
        <DecidedBy deciders={row.decidedBy} />
        {row.verdict === 'undetermined' && row.openBecause === 'law'
          ? (row.contested ?? []).map((point) => (
              <p key={point.id} class="note">
                {text.contested(point.label)}
              </p>
            ))
          : null}
        {row.verdict === 'undetermined' && row.pivotal.length > 0 ? (
          <p class="note">
            {text.settledBy}{' '}
            {row.pivotal
              .slice(0, QUESTIONS_SHOWN)
              .map((path) => questionFor(path))
              .join(' · ')}
            {more > 0 ? text.more(more) : ''}
          </p>
        ) : null}
      </td>
    </tr>
  );
}

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
      <TableBox label={text.table(heading)}>
        <table class="compare-table">
          <thead>
            <tr>
              <th scope="col">{text.instrument}</th>
              <th scope="col">{text.verdict}</th>
              <th scope="col">{text.decidedBy}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <Row key={r.id} row={r} placed={placed} />
            ))}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}

export function ComparePage() {
  const comparison = compareCase(facts.value, fullAssessment.value);
  const country = comparison.case.jurisdiction;
  const byLevel = (rows: CompareRow[]) => levels.flatMap((level) => rows.filter((r) => r.level === level));
  const where = country ? countryName(country) : null;
  const withStatus = (status: CompareRow['binding']['status']) =>
    byLevel(comparison.rows.filter((r) => r.binding.status === status));
  return (
    <div class="compare">
      <div class="toolbar screen-only">
        <button type="button" onClick={() => print()}>
          {text.print}
        </button>
      </div>
      <h1>{text.title}</h1>
      <p class="print-only">{text.caseLine(facts.value.title ?? text.untitled)}</p>
      <p class="lede screen-only">
        {text.lede[0]}
        <a href="#/assess">{text.lede[1]}</a>
        {text.lede[2]}
      </p>
      <ModeLine asFound={comparison.mode === 'as_found'} />
      <Legend />
      {where === null ? (
        <>
          <p class="note">{text.noCountry}</p>
          {levels.map((level) => (
            <Group
              key={level}
              id={level}
              heading={text.levels[level]}
              rows={comparison.rows.filter((r) => r.level === level)}
              placed={false}
            />
          ))}
        </>
      ) : (
        <>
          <Group placed id="binds" heading={text.binds(where)} rows={withStatus('party')} />
          <Group placed id="unknown" heading={text.mayBind(where)} rows={withStatus('unknown')} />
          <Group placed id="unbound" heading={text.doesNotBind(where)} rows={withStatus('not_party')} />
        </>
      )}
      <div class="screen-only">
        <PartiesTimeline />
      </div>
    </div>
  );
}
