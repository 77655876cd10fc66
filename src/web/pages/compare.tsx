// Compare: every instrument, international, regional and national, side by side for the case
// being assessed — the verdict, whether that law applied at the event date, and the elements that
// decided it — so that one sees where the same facts are trafficking in one legal system and not another.
// The rows are the domain's (../../law/compare.ts), the same ones `continuum compare` prints. What
// binds the case's country comes first. It prints on its own (a toolbar button, and a print style
// that keeps each row whole). The verdicts are read as the Assess page is set to read them (the
// investigator's view or the facts as found); the page says which, and why each open one is open.
import { type CompareRow, compareCase } from '../../law/compare.js';
import { lawText } from '../../law/messages.js';
import { ruleLabel } from '../../law/render/labels.js';
import { instrumentTitle } from '../../law/titles.js';
import { DecidedBy } from '../components/decided-by.js';
import { ModeLine, openReasonShort } from '../components/open-reason.js';
import { PartiesTimeline } from '../components/parties-timeline.js';
import { Table } from '../components/table.js';
import { TableBox } from '../components/table-box.js';
import { Legend, Verdict } from '../components/verdict.js';
import { countryName } from '../facts/countries.js';
import { questionText } from '../facts/labels.js';
import { lang, t, tr } from '../i18n.js';
import { facts, fullAssessment } from '../state/case.js';
import { loadParticipation } from '../state/participation.js';

const levels = ['international', 'regional', 'national'] as const;

/** Questions listed under an undetermined row before the rest are counted (as the CLI does). */
const QUESTIONS_SHOWN = 4;

function Row({ row, placed }: { row: CompareRow; placed: boolean }) {
  const more = row.pivotal.length - QUESTIONS_SHOWN;
  const unbound = row.binding.status === 'not_party';
  return (
    <tr class={unbound ? 'unbound' : undefined}>
      <th scope="row">
        {instrumentTitle(row, lang.value)}{' '}
        <span class="note">
          {tr.value.dynamic(`web.compare.levelWord.${row.level}`, undefined, row.level)}
        </span>
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
        {row.reasonMessage ? <span class="note">{lawText(row.reasonMessage, tr.value)}</span> : null}
        {unbound && row.verdict !== 'not_applicable' ? (
          <p class="note">
            {t('web.compare.notBinding', { reason: lawText(row.binding.message, tr.value) })}
          </p>
        ) : null}
        {placed && row.binding.status === 'unknown' && row.reason === null ? (
          <p class="note">
            {t('web.compare.bindingUnknown', { reason: lawText(row.binding.message, tr.value) })}
          </p>
        ) : null}
        <DecidedBy deciders={row.decidedBy} />
        {row.verdict === 'undetermined' && row.openBecause === 'law'
          ? (row.contested ?? []).map((point) => (
              <p key={point.id} class="note">
                {t('web.compare.contested', { label: ruleLabel(tr.value, point) })}
              </p>
            ))
          : null}
        {row.verdict === 'undetermined' && row.pivotal.length > 0 ? (
          <p class="note">
            {t('web.compare.settledBy')}{' '}
            {row.pivotal
              .slice(0, QUESTIONS_SHOWN)
              .map((path) => questionText(path))
              .join(' · ')}
            {more > 0 ? ` ${t('web.compare.more', { n: more })}` : ''}
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
      <TableBox label={t('web.compare.table', { group: heading })}>
        <Table
          class="compare-table"
          columns={[t('web.assess.instrument'), t('web.assess.verdict'), t('web.compare.decidedBy')]}
        >
          {rows.map((r) => (
            <Row key={r.id} row={r} placed={placed} />
          ))}
        </Table>
      </TableBox>
    </section>
  );
}

export function ComparePage() {
  // Every binding is shown here, read from the participation lists: fetched now if not yet.
  void loadParticipation();
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
          {t('web.compare.print')}
        </button>
      </div>
      <h1>{t('web.compare.title')}</h1>
      <p class="print-only">
        {t('web.compare.caseLine', { title: facts.value.title ?? t('web.compare.untitled') })}
      </p>
      <p class="lede screen-only">
        {t('web.compare.lede')} <a href="#/assess">{t('web.compare.backToForm')}</a>
      </p>
      <ModeLine asFound={comparison.mode === 'as_found'} />
      <Legend />
      {where === null ? (
        <>
          <p class="note">{t('web.compare.noCountry')}</p>
          {levels.map((level) => (
            <Group
              key={level}
              id={level}
              heading={t(`web.compare.level.${level}`)}
              rows={comparison.rows.filter((r) => r.level === level)}
              placed={false}
            />
          ))}
        </>
      ) : (
        <>
          <Group placed id="binds" heading={t('web.compare.binds', { where })} rows={withStatus('party')} />
          <Group
            placed
            id="unknown"
            heading={t('web.compare.mayBind', { where })}
            rows={withStatus('unknown')}
          />
          <Group
            placed
            id="unbound"
            heading={t('web.compare.doesNotBind', { where })}
            rows={withStatus('not_party')}
          />
        </>
      )}
      <div class="screen-only">
        <PartiesTimeline />
      </div>
    </div>
  );
}
