// Saved datasets: k-anonymous dashboard releases made by Continuum's CTDC import on the data
// holder's own machine. Upload one, list them, show one as charts and tables (by year, band, means
// of control, country of exploitation, with names in words). Distributions cover their whole code
// lists (schemaVersion 2): the categories with records are listed, the zeros summed into one row.
// A suppressed cell shows as "hidden": it may be 0, below k or above it, and the release does not say.
import { useSignal, useSignalEffect } from '@preact/signals';
import type { Dashboard, ReleasedCount } from '../../data/dashboard.js';
import type { Problem } from '../../facts/problems.js';
import type { DatasetSummary } from '../../store/datasets.js';
import { api } from '../api.js';
import { Chart } from '../charts/chart.js';
import { ProblemList } from '../components/case-tools.js';
import { LoginForm } from '../components/login-form.js';
import { Table } from '../components/table.js';
import { TableBox } from '../components/table-box.js';
import { countryName } from '../facts/countries.js';
import { dateTime, t, tr, tWith } from '../i18n.js';
import { can, user } from '../state/session.js';

/** CTDC's file families and means-of-control items (both families) that have words in the catalogue. */
const formats = ['ctdc-k-anonymised', 'ctdc-synthetic-2021', 'ctdc-synthetic-2024', 'ctdc-synthetic-sector'];

/** An item this page has no words for yet: "RestrictsSomething" → "Restricts something". */
const words = (name: string) => {
  const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

const formatName = (format: string) =>
  formats.includes(format) ? tr.value.dynamic(`web.datasets.format.${format}`) : format.replace(/-/g, ' ');
const meansName = (item: string) => tr.value.dynamic(`web.datasets.means.${item}`, undefined, words(item));
const notRecorded = (name: (v: string) => string) => (value: string) =>
  value === 'unknown' || value === '' ? t('web.datasets.notRecorded') : name(value);
const countryLabel = notRecorded((code) => countryName(code));
const bandLabel = notRecorded((band) =>
  tr.value.dynamic(`continuum.band.${band}.label`, undefined, words(band)),
);
const yearLabel = notRecorded((year) => year);

type Summary = Omit<DatasetSummary, 'createdBy'>;
type ListResponse = { total: number; datasets: Summary[] };
type DatasetResponse = { dataset: Summary & { dashboard: Dashboard } };

// A suppressed count may be 0, below k or above it: the release does not say which.
const shown = (count: number | null) => (count === null ? t('web.datasets.hidden') : tr.value.number(count));

/** Bars of the published counts, one per value, labelled in words. */
function BarChart({
  id,
  title,
  cells,
  name,
  vertical,
}: {
  id: string;
  title: string;
  cells: Array<{ label: string; count: number | null }>;
  name?: string;
  vertical?: boolean;
}) {
  const data = cells.filter((c): c is { label: string; count: number } => c.count !== null);
  if (data.length === 0) return null;
  // The counts' ticks as the language writes numbers (Plot's own are English).
  const count = (value: number) => tr.value.number(value);
  return (
    <Chart
      testId={id}
      label={t('web.datasets.chartOf', { title })}
      deps={[cells]}
      minWidth={280}
      draw={(Plot, width) =>
        vertical
          ? Plot.plot({
              width,
              height: 200,
              x: { label: null, type: 'band', tickRotate: data.length > 8 ? -45 : 0 },
              y: { label: name ?? t('web.datasets.records'), grid: true, tickFormat: count },
              marginBottom: data.length > 8 ? 48 : 30,
              marks: [Plot.barY(data, { x: 'label', y: 'count', fill: '#3b4a5e' }), Plot.ruleY([0])],
            })
          : Plot.plot({
              width,
              height: 24 * data.length + 40,
              marginLeft: Math.min(180, width / 2.2),
              x: { label: name ?? t('web.datasets.records'), grid: true, tickFormat: count },
              y: { label: null, domain: data.map((d) => d.label) },
              marks: [Plot.barX(data, { y: 'label', x: 'count', fill: '#3b4a5e' }), Plot.ruleX([0])],
            })
      }
    />
  );
}

function CountTable(props: {
  id: string;
  title: string;
  label: string;
  cells: ReleasedCount[];
  k: number;
  name: (value: string) => string;
  vertical?: boolean;
}) {
  // Zeros are many (a whole code list): one row says them all, and the bars leave them out.
  const listed = props.cells.filter((cell) => cell.count !== 0);
  const labelled = listed.map((cell) => ({ label: props.name(cell.value), count: cell.count }));
  return (
    <section class="dataset-table" aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>{props.title}</h3>
      {props.cells.length === 0 ? (
        <p>{t('web.datasets.nothing')}</p>
      ) : (
        <>
          <BarChart id={`${props.id}-chart`} title={props.title} cells={labelled} vertical={props.vertical} />
          {props.cells.some((cell) => cell.count === null) ? (
            <p class="note">{t('web.datasets.suppressedNote')}</p>
          ) : null}
          <TableBox label={t('web.datasets.tableOf', { title: props.title })}>
            <Table
              id={props.id}
              columns={[props.label, t('web.datasets.records')]}
              foot={
                listed.length < props.cells.length ? (
                  <tfoot>
                    <tr>
                      <th scope="row">{t('web.datasets.everyOther')}</th>
                      <td class="num">{tr.value.number(0)}</td>
                    </tr>
                  </tfoot>
                ) : null
              }
            >
              {listed.map((cell) => (
                <tr key={cell.value} data-value={cell.value}>
                  <th scope="row">{props.name(cell.value)}</th>
                  <td class="num" data-suppressed={cell.count === null ? 'true' : undefined}>
                    {shown(cell.count)}
                  </td>
                </tr>
              ))}
            </Table>
          </TableBox>
        </>
      )}
    </section>
  );
}

function DashboardView({ dataset }: { dataset: Summary & { dashboard: Dashboard } }) {
  const d = dataset.dashboard;
  const means = d.meansOfControl.items.map((item) => ({ label: meansName(item.item), count: item.percent }));
  return (
    <article class="dashboard" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading" translate={false}>
        {dataset.name}
      </h2>
      <p>
        {tWith(
          'web.datasets.summary',
          { format: formatName(d.format), records: <span id="dataset-records">{shown(d.records)}</span> },
          { count: d.records, k: d.k },
        )}
      </p>
      <div class="dashboard-grid">
        <CountTable
          id="ds-year"
          title={t('web.datasets.byYear')}
          label={t('web.datasets.year')}
          cells={d.byYear}
          k={d.k}
          name={yearLabel}
          vertical
        />
        {d.byBand ? (
          <CountTable
            id="ds-band"
            title={t('web.datasets.byBand')}
            label={t('web.datasets.band')}
            cells={d.byBand}
            k={d.k}
            name={bandLabel}
          />
        ) : null}
        <section class="dataset-table" aria-labelledby="ds-means-heading">
          <h3 id="ds-means-heading">{t('web.datasets.means')}</h3>
          <p>
            {d.meansOfControl.records === null
              ? t('web.datasets.meansIntroHidden')
              : t('web.datasets.meansIntro', { count: d.meansOfControl.records })}
          </p>
          <BarChart
            id="ds-means-chart"
            title={t('web.datasets.means')}
            cells={means}
            name={t('web.datasets.percent')}
          />
          <TableBox label={t('web.datasets.tableOf', { title: t('web.datasets.means') })}>
            <Table
              id="ds-means"
              columns={[t('web.datasets.meansColumn'), t('web.datasets.records'), t('web.datasets.percent')]}
            >
              {d.meansOfControl.items.map((item) => (
                <tr key={item.item} data-value={item.item}>
                  <th scope="row">{meansName(item.item)}</th>
                  <td class="num">{shown(item.count)}</td>
                  <td class="num">
                    {item.percent === null
                      ? '–'
                      : tr.value.number(item.percent / 100, { style: 'percent', maximumFractionDigits: 1 })}
                  </td>
                </tr>
              ))}
            </Table>
          </TableBox>
        </section>
        <CountTable
          id="ds-country"
          title={t('web.datasets.byCountry')}
          label={t('web.datasets.country')}
          cells={d.byCountryOfExploitation}
          k={d.k}
          name={countryLabel}
        />
      </div>
    </article>
  );
}

export function DatasetsPage() {
  const list = useSignal<ListResponse | null>(null);
  const current = useSignal<DatasetResponse['dataset'] | null>(null);
  const message = useSignal<string | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  const name = useSignal('');
  const minK = useSignal<number | null>(null);

  const refresh = async () => {
    const result = await api<ListResponse>('GET', '/api/datasets?limit=200');
    if (result.ok) list.value = result.data;
    else message.value = result.error.message;
    const policy = await api<{ minK: number }>('GET', '/api/datasets/policy');
    if (policy.ok) minK.value = policy.data.minK;
  };

  useSignalEffect(() => {
    if (user.value) void refresh();
    else {
      list.value = null;
      current.value = null;
    }
  });

  const open = async (id: string) => {
    const result = await api<DatasetResponse>('GET', `/api/datasets/${encodeURIComponent(id)}`);
    if (result.ok) current.value = result.data.dataset;
    else message.value = result.error.message;
  };

  const upload = async (file: File) => {
    problems.value = null;
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      message.value = t('web.datasets.notJson', { name: file.name });
      return;
    }
    const query = name.value.trim() ? `?name=${encodeURIComponent(name.value.trim())}` : '';
    const result = await api<DatasetResponse>('POST', `/api/datasets${query}`, body);
    if (!result.ok) {
      message.value = result.error.message;
      problems.value = result.error.problems ?? null;
      return;
    }
    message.value = t('web.datasets.saved', { name: result.data.dataset.name });
    current.value = result.data.dataset;
    await refresh();
  };

  if (!user.value) {
    return (
      <div class="datasets">
        <h1>{t('web.datasets.title')}</h1>
        <LoginForm />
      </div>
    );
  }

  return (
    <div class="datasets">
      <h1>{t('web.datasets.title')}</h1>
      <p class="lede">{t('web.datasets.lede')}</p>
      {minK.value !== null ? <p id="ds-policy">{t('web.datasets.policy', { k: minK.value })}</p> : null}
      {can('caseworker') ? (
        <form class="stack" onSubmit={(event) => event.preventDefault()}>
          <label for="ds-name">{t('web.datasets.name')}</label>
          <input
            id="ds-name"
            value={name.value}
            onInput={(event) => {
              name.value = event.currentTarget.value;
            }}
          />
          <label for="ds-file">{t('web.datasets.upload')}</label>
          <input
            id="ds-file"
            type="file"
            accept=".json,application/json"
            onChange={async (event) => {
              // currentTarget is gone once the handler awaits: keep the input to clear it after.
              const input = event.currentTarget;
              const file = input.files?.[0];
              if (file) await upload(file);
              input.value = '';
            }}
          />
        </form>
      ) : null}
      {message.value ? (
        <p class="status" role="status">
          {message.value}
        </p>
      ) : null}
      {problems.value ? <ProblemList problems={problems.value} title={t('web.datasets.problems')} /> : null}
      {list.value && list.value.datasets.length > 0 ? (
        <TableBox label={t('web.datasets.savedList')}>
          <Table
            class="dataset-list"
            columns={[
              t('web.datasets.listName'),
              t('web.datasets.format'),
              t('web.datasets.records'),
              t('web.datasets.k'),
              t('web.datasets.savedAt'),
            ]}
          >
            {list.value.datasets.map((d) => (
              <tr key={d.id}>
                <td>
                  <button type="button" class="link" onClick={() => void open(d.id)}>
                    <span translate={false}>{d.name}</span>
                  </button>
                </td>
                <td>{formatName(d.format)}</td>
                <td class="num">{shown(d.rows)}</td>
                <td class="num">{tr.value.number(d.k)}</td>
                <td>{dateTime(d.createdAt)}</td>
              </tr>
            ))}
          </Table>
        </TableBox>
      ) : list.value ? (
        <p>{t('web.datasets.none')}</p>
      ) : null}
      {current.value ? <DashboardView dataset={current.value} /> : null}
    </div>
  );
}
