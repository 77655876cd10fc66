// Saved datasets: k-anonymous dashboard releases made by Continuum's CTDC import on the data
// holder's own machine. Upload one, list them, show one as charts and tables (by year, band, means
// of control, country of exploitation, with names in words). Distributions cover their whole code
// lists (schemaVersion 2): the categories with records are listed, the zeros summed into one row.
// A suppressed cell shows as "hidden": it may be 0, below k or above it, and the release does not say.
import { useSignal, useSignalEffect } from '@preact/signals';
import type { Dashboard, ReleasedCount } from '../../data/dashboard.js';
import type { Problem } from '../../facts/problems.js';
import { api } from '../api.js';
import { Chart } from '../charts/chart.js';
import { ProblemList } from '../components/case-tools.js';
import { LoginForm } from '../components/login-form.js';
import { TableBox } from '../components/table-box.js';
import { countryName } from '../facts/countries.js';
import { can, user } from '../state/session.js';

const text = {
  title: 'Datasets',
  lede: 'Counts from CTDC case data, released k-anonymously by Continuum’s import on the computer that holds the file (it writes a dashboard file; see “Case data” in the guide). Only these counts are stored here, never the records.',
  name: 'Name (optional)',
  upload: 'Upload a dashboard file (JSON)',
  notJson: (name: string) => `${name} is not JSON: choose the dashboard file the import wrote.`,
  saved: (name: string) => `Saved ${name}.`,
  problems: 'The file has problems:',
  listName: 'Name',
  format: 'Kind of data',
  records: 'Records',
  k: 'Smallest count shown (k)',
  savedAt: 'Saved',
  none: 'No dataset saved yet.',
  recordsWord: 'records',
  aboutK: (k: number) =>
    `every published count is 0 or at least ${k}. A hidden count may be 0, fewer than ${k} or more: the release does not say which, and no combination of the published counts narrows it down.`,
  policy: (k: number) =>
    `This server keeps a dataset only when every small group in it is hidden with k of at least ${k}, every category is listed (zeros included), and no hidden count can be narrowed down from the published ones. A dataset that falls short is refused, with the counts at fault named below.`,
  everyOther: 'Every other',
  hidden: 'hidden',
  byYear: 'By year',
  year: 'Year',
  byBand: 'By continuum band',
  band: 'Band',
  means: 'Means of control',
  meansIntro: (records: string) =>
    `Among ${records} records with any information on means of control; a record can have several.`,
  meansColumn: 'Means',
  percent: 'Percent',
  byCountry: 'By country of exploitation',
  country: 'Country',
  nothing: 'Nothing released.',
  savedList: 'Saved datasets',
  notRecorded: 'not recorded',
  chartOf: (title: string) => `${title}: a bar chart of the counts in the table below`,
  suppressedNote: 'Hidden counts are not drawn.',
};

const formatNames: Record<string, string> = {
  'ctdc-k-anonymised': 'CTDC global dataset (k-anonymised)',
  'ctdc-synthetic-2021': 'CTDC synthetic data (2021)',
  'ctdc-synthetic-2024': 'CTDC synthetic data (2024)',
  'ctdc-synthetic-sector': 'CTDC synthetic data (by sector)',
};

const bandNames: Record<string, string> = {
  decent_work: 'Decent work',
  labour_rights_violations: 'Labour rights violations',
  severe_exploitation: 'Severe exploitation',
  forced_labour: 'Forced labour',
  trafficking: 'Trafficking',
  slavery: 'Slavery',
};

/** CTDC's means-of-control items (both file families) in words. */
const meansNames: Record<string, string> = {
  DebtBondage: 'Debt bondage',
  TakesEarnings: 'Takes earnings',
  RestrictsFinancialAccess: 'Restricts access to money',
  Threats: 'Threats',
  PsychologicalAbuse: 'Psychological abuse',
  PhysicalAbuse: 'Physical abuse',
  SexualAbuse: 'Sexual abuse',
  FalsePromises: 'False promises',
  PsychoactiveSubstances: 'Drugs or alcohol',
  RestrictsMovement: 'Restricts movement',
  RestrictsMedicalCare: 'Restricts medical care',
  ExcessiveWorkingHours: 'Excessive working hours',
  UsesChildren: 'Threats to children or family',
  ThreatOfLawEnforcement: 'Threat of the police or immigration',
  WithholdsNecessities: 'Withholds necessities',
  WithholdsDocuments: 'Withholds documents',
  Other: 'Other',
  NotSpecified: 'Not specified',
  DebtBondageEarnings: 'Debt bondage or takes earnings',
  AbusePsyPhySex: 'Psychological, physical or sexual abuse',
  DrugsAlcohol: 'Drugs or alcohol',
  DenyBasicNeeds: 'Denies basic needs',
  ExcessiveWorkHours: 'Excessive working hours',
  WithholdDocs: 'Withholds documents',
};

/** An item this page does not know yet, in words: "RestrictsSomething" → "Restricts something". */
const words = (name: string) => {
  const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

const formatName = (format: string) => formatNames[format] ?? format.replace(/-/g, ' ');
const meansName = (item: string) => meansNames[item] ?? words(item);
const notRecorded = (name: (v: string) => string) => (value: string) =>
  value === 'unknown' || value === '' ? text.notRecorded : name(value);
const countryLabel = notRecorded(countryName);
const bandLabel = notRecorded((v) => bandNames[v] ?? words(v));
const yearLabel = notRecorded((v) => v);

type Summary = {
  id: string;
  name: string;
  format: string;
  rows: number | null;
  k: number;
  createdAt: string;
};
type ListResponse = { total: number; datasets: Summary[] };
type DatasetResponse = { dataset: Summary & { dashboard: Dashboard } };

// A suppressed count may be 0, below k or above it: the release does not say which.
const shown = (count: number | null) => (count === null ? text.hidden : count.toLocaleString('en-GB'));

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
  return (
    <Chart
      testId={id}
      label={text.chartOf(title)}
      deps={[cells]}
      minWidth={280}
      draw={(Plot, width) =>
        vertical
          ? Plot.plot({
              width,
              height: 200,
              x: { label: null, type: 'band', tickRotate: data.length > 8 ? -45 : 0 },
              y: { label: name ?? text.records, grid: true },
              marginBottom: data.length > 8 ? 48 : 30,
              marks: [Plot.barY(data, { x: 'label', y: 'count', fill: '#3b4a5e' }), Plot.ruleY([0])],
            })
          : Plot.plot({
              width,
              height: 24 * data.length + 40,
              marginLeft: Math.min(180, width / 2.2),
              x: { label: name ?? text.records, grid: true },
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
        <p>{text.nothing}</p>
      ) : (
        <>
          <BarChart id={`${props.id}-chart`} title={props.title} cells={labelled} vertical={props.vertical} />
          {props.cells.some((cell) => cell.count === null) ? <p class="note">{text.suppressedNote}</p> : null}
          <table id={props.id}>
            <thead>
              <tr>
                <th scope="col">{props.label}</th>
                <th scope="col">{text.records}</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((cell) => (
                <tr key={cell.value} data-value={cell.value}>
                  <th scope="row">{props.name(cell.value)}</th>
                  <td class="num" data-suppressed={cell.count === null ? 'true' : undefined}>
                    {shown(cell.count)}
                  </td>
                </tr>
              ))}
            </tbody>
            {listed.length < props.cells.length ? (
              <tfoot>
                <tr>
                  <th scope="row">{text.everyOther}</th>
                  <td class="num">0</td>
                </tr>
              </tfoot>
            ) : null}
          </table>
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
      <h2 id="dataset-heading">{dataset.name}</h2>
      <p>
        {formatName(d.format)}; <span id="dataset-records">{shown(d.records)}</span> {text.recordsWord};{' '}
        {text.aboutK(d.k)}
      </p>
      <div class="dashboard-grid">
        <CountTable
          id="ds-year"
          title={text.byYear}
          label={text.year}
          cells={d.byYear}
          k={d.k}
          name={yearLabel}
          vertical
        />
        {d.byBand ? (
          <CountTable
            id="ds-band"
            title={text.byBand}
            label={text.band}
            cells={d.byBand}
            k={d.k}
            name={bandLabel}
          />
        ) : null}
        <section class="dataset-table" aria-labelledby="ds-means-heading">
          <h3 id="ds-means-heading">{text.means}</h3>
          <p>{text.meansIntro(shown(d.meansOfControl.records))}</p>
          <BarChart id="ds-means-chart" title={text.means} cells={means} name={text.percent} />
          <table id="ds-means">
            <thead>
              <tr>
                <th scope="col">{text.meansColumn}</th>
                <th scope="col">{text.records}</th>
                <th scope="col">{text.percent}</th>
              </tr>
            </thead>
            <tbody>
              {d.meansOfControl.items.map((item) => (
                <tr key={item.item} data-value={item.item}>
                  <th scope="row">{meansName(item.item)}</th>
                  <td class="num">{shown(item.count)}</td>
                  <td class="num">{item.percent === null ? '–' : `${item.percent}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <CountTable
          id="ds-country"
          title={text.byCountry}
          label={text.country}
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
      message.value = text.notJson(file.name);
      return;
    }
    const query = name.value.trim() ? `?name=${encodeURIComponent(name.value.trim())}` : '';
    const result = await api<DatasetResponse>('POST', `/api/datasets${query}`, body);
    if (!result.ok) {
      message.value = result.error.message;
      problems.value = result.error.problems ?? null;
      return;
    }
    message.value = text.saved(result.data.dataset.name);
    current.value = result.data.dataset;
    await refresh();
  };

  if (!user.value) {
    return (
      <div class="datasets">
        <h1>{text.title}</h1>
        <LoginForm />
      </div>
    );
  }

  return (
    <div class="datasets">
      <h1>{text.title}</h1>
      <p class="lede">{text.lede}</p>
      {minK.value !== null ? <p id="ds-policy">{text.policy(minK.value)}</p> : null}
      {can('caseworker') ? (
        <form class="stack" onSubmit={(event) => event.preventDefault()}>
          <label for="ds-name">{text.name}</label>
          <input
            id="ds-name"
            value={name.value}
            onInput={(event) => {
              name.value = event.currentTarget.value;
            }}
          />
          <label for="ds-file">{text.upload}</label>
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
      {problems.value ? <ProblemList problems={problems.value} title={text.problems} /> : null}
      {list.value && list.value.datasets.length > 0 ? (
        <TableBox label={text.savedList}>
          <table class="dataset-list">
            <thead>
              <tr>
                <th scope="col">{text.listName}</th>
                <th scope="col">{text.format}</th>
                <th scope="col">{text.records}</th>
                <th scope="col">{text.k}</th>
                <th scope="col">{text.savedAt}</th>
              </tr>
            </thead>
            <tbody>
              {list.value.datasets.map((d) => (
                <tr key={d.id}>
                  <td>
                    <button type="button" class="link" onClick={() => void open(d.id)}>
                      {d.name}
                    </button>
                  </td>
                  <td>{formatName(d.format)}</td>
                  <td class="num">{shown(d.rows)}</td>
                  <td class="num">{d.k}</td>
                  <td>{new Date(d.createdAt).toLocaleString('en-GB')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      ) : list.value ? (
        <p>{text.none}</p>
      ) : null}
      {current.value ? <DashboardView dataset={current.value} /> : null}
    </div>
  );
}
