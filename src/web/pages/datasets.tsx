// Saved datasets: k-anonymous dashboard releases made by `continuum import ctdc FILE --dashboard
// OUT.json`. Upload one, list them, show one as tables (by year, band, means of control, country).
// A suppressed cell (below k) shows as "<k": the release never held its count.
import { useSignal, useSignalEffect } from '@preact/signals';
import type { Dashboard, ReleasedCount } from '../../data/dashboard.js';
import type { Problem } from '../../facts/problems.js';
import { api } from '../api.js';
import { ProblemList } from '../components/case-tools.js';
import { LoginForm } from '../components/login-form.js';
import { can, user } from '../state/session.js';

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

const bandNames: Record<string, string> = {
  decent_work: 'Decent work',
  labour_rights_violations: 'Labour rights violations',
  severe_exploitation: 'Severe exploitation',
  forced_labour: 'Forced labour',
  trafficking: 'Trafficking',
  slavery: 'Slavery',
};

// A suppressed count may be 0, below k or above it: the release does not say which.
const shown = (count: number | null, _k?: number) =>
  count === null ? 'hidden' : count.toLocaleString('en-GB');

function CountTable(props: {
  id: string;
  title: string;
  label: string;
  cells: ReleasedCount[];
  k: number;
  name?: (value: string) => string;
}) {
  return (
    <section class="dataset-table" aria-labelledby={`${props.id}-heading`}>
      <h3 id={`${props.id}-heading`}>{props.title}</h3>
      {props.cells.length === 0 ? (
        <p>Nothing released.</p>
      ) : (
        <table id={props.id}>
          <thead>
            <tr>
              <th scope="col">{props.label}</th>
              <th scope="col">Records</th>
            </tr>
          </thead>
          <tbody>
            {props.cells
              .filter((cell) => cell.count !== 0)
              .map((cell) => (
                <tr key={cell.value} data-value={cell.value}>
                  <th scope="row">{props.name ? props.name(cell.value) : cell.value}</th>
                  <td class="num" data-suppressed={cell.count === null ? 'true' : undefined}>
                    {shown(cell.count, props.k)}
                  </td>
                </tr>
              ))}
          </tbody>
          {props.cells.some((cell) => cell.count === 0) ? (
            <tfoot>
              <tr>
                <th scope="row">Every other</th>
                <td class="num">0</td>
              </tr>
            </tfoot>
          ) : null}
        </table>
      )}
    </section>
  );
}

function DashboardView({ dataset }: { dataset: Summary & { dashboard: Dashboard } }) {
  const d = dataset.dashboard;
  return (
    <article class="dashboard" aria-labelledby="dataset-heading">
      <h2 id="dataset-heading">{dataset.name}</h2>
      <p>
        Format <code>{d.format}</code>; <span id="dataset-records">{shown(d.records, d.k)}</span> records;
        every published count is 0 or at least k = {d.k}. A hidden count may be 0, fewer than {d.k} or more:
        the release does not say which, and no combination of the published counts narrows it down.
      </p>
      <div class="dashboard-grid">
        <CountTable id="ds-year" title="By year" label="Year" cells={d.byYear} k={d.k} />
        {d.byBand ? (
          <CountTable
            id="ds-band"
            title="By continuum band"
            label="Band"
            cells={d.byBand}
            k={d.k}
            name={(v) => bandNames[v] ?? v}
          />
        ) : null}
        <section class="dataset-table" aria-labelledby="ds-means-heading">
          <h3 id="ds-means-heading">Means of control</h3>
          <p>
            Among {shown(d.meansOfControl.records, d.k)} records with any information on means of control; a
            record can have several.
          </p>
          <table id="ds-means">
            <thead>
              <tr>
                <th scope="col">Means</th>
                <th scope="col">Records</th>
                <th scope="col">Percent</th>
              </tr>
            </thead>
            <tbody>
              {d.meansOfControl.items.map((item) => (
                <tr key={item.item} data-value={item.item}>
                  <th scope="row">{item.item}</th>
                  <td class="num">{shown(item.count, d.k)}</td>
                  <td class="num">{item.percent === null ? '–' : `${item.percent}%`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <CountTable
          id="ds-country"
          title="By country of exploitation"
          label="Country"
          cells={d.byCountryOfExploitation}
          k={d.k}
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
      message.value = `${file.name} is not JSON: choose the file written by import ctdc --dashboard.`;
      return;
    }
    const query = name.value.trim() ? `?name=${encodeURIComponent(name.value.trim())}` : '';
    const result = await api<DatasetResponse>('POST', `/api/datasets${query}`, body);
    if (!result.ok) {
      message.value = result.error.message;
      problems.value = result.error.problems ?? null;
      return;
    }
    message.value = `Saved ${result.data.dataset.name}.`;
    current.value = result.data.dataset;
    await refresh();
  };

  if (!user.value) {
    return (
      <div class="datasets">
        <h1>Datasets</h1>
        <LoginForm />
      </div>
    );
  }

  return (
    <div class="datasets">
      <h1>Datasets</h1>
      <p class="lede">
        Counts from imported CTDC data, released k-anonymously by{' '}
        <code>continuum import ctdc FILE --dashboard OUT.json --k 11</code>. Only these counts are stored,
        never the records.
      </p>
      {minK.value !== null ? (
        <p id="ds-policy">
          This server keeps a dataset only when every small group in it is hidden with k of at least{' '}
          {minK.value}, every category is listed (zeros included), and no hidden count can be narrowed down
          from the published ones. A dataset that falls short is refused, with the counts at fault named
          below.
        </p>
      ) : null}
      {can('caseworker') ? (
        <form class="stack" onSubmit={(event) => event.preventDefault()}>
          <label for="ds-name">Name (optional)</label>
          <input
            id="ds-name"
            value={name.value}
            onInput={(event) => {
              name.value = event.currentTarget.value;
            }}
          />
          <label for="ds-file">Upload a dashboard file (JSON)</label>
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
      {problems.value ? <ProblemList problems={problems.value} title="The file has problems:" /> : null}
      {list.value && list.value.datasets.length > 0 ? (
        <table class="dataset-list">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Format</th>
              <th scope="col">Records</th>
              <th scope="col">k</th>
              <th scope="col">Saved</th>
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
                <td>{d.format}</td>
                <td class="num">{shown(d.rows, d.k)}</td>
                <td class="num">{d.k}</td>
                <td>{new Date(d.createdAt).toLocaleString('en-GB')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : list.value ? (
        <p>No dataset saved yet.</p>
      ) : null}
      {current.value ? <DashboardView dataset={current.value} /> : null}
    </div>
  );
}
