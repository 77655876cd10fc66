// Estimate: how many people were never identified, from overlapping lists (multiple systems
// estimation). The lists are aggregate counts, not case data; the estimate is computed on the
// server (POST /api/estimate), which keeps nothing.
import { useSignal } from '@preact/signals';
import {
  ESTIMATE_METHODS,
  type EstimateMethod,
  isLogLinear,
  MAX_HTTP_BOOTSTRAP,
  METHOD_LABELS,
} from '../../estimate/options.js';
import type { Problem } from '../../facts/problems.js';
import { api } from '../api.js';
import { ProblemList } from '../components/case-tools.js';

const lists = Object.entries(
  import.meta.glob<string>('../../../examples/lists/*.csv', { query: '?raw', import: 'default' }),
)
  .map(([file, load]) => ({
    name: file
      .split('/')
      .pop()!
      .replace(/\.csv$/, ''),
    load,
  }))
  .sort((a, b) => a.name.localeCompare(b.name));

type Report = {
  observed: number;
  estimate: number;
  interval: { lower: number; upper: number; level: number; method: string } | null;
  model: string;
  method: string;
  topModels: Array<{ model: string; estimate: number; bic: number }>;
  warnings: string[];
};

const round = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-GB') : '∞');

export function EstimatePage() {
  const csv = useSignal('');
  const method = useSignal<EstimateMethod>('stepwise');
  const bootstrap = useSignal(0);
  const busy = useSignal(false);
  const result = useSignal<{ report: Report; summary: string } | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  const message = useSignal<string | null>(null);

  const run = async () => {
    busy.value = true;
    message.value = 'Estimating…';
    const response = await api<{ report: Report; summary: string }>('POST', '/api/estimate', {
      csv: csv.value,
      method: method.value,
      bootstrap: isLogLinear(method.value) ? bootstrap.value : 0,
    });
    busy.value = false;
    if (response.ok) {
      result.value = response.data;
      problems.value = null;
      message.value = null;
    } else {
      result.value = null;
      problems.value = response.error.problems ?? null;
      message.value = response.error.message;
    }
  };

  const report = result.value?.report;
  return (
    <div class="estimate">
      <h1>Estimate the hidden population</h1>
      <p class="lede">
        Several lists of identified people (police, NGOs, shelters…) overlap; how much they overlap says how
        many people no list found. Give the lists as a CSV with one 0/1 column per list and a{' '}
        <code>count</code> column. These are aggregate counts, not case data; they are sent to the server to
        compute, and not kept.
      </p>
      <form
        class="stack wide"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label for="est-example">Load example lists</label>
        <select
          id="est-example"
          value=""
          onChange={async (event) => {
            const name = event.currentTarget.value;
            event.currentTarget.value = '';
            const list = lists.find((l) => l.name === name);
            if (list) csv.value = await list.load();
          }}
        >
          <option value="">Choose…</option>
          {lists.map((l) => (
            <option key={l.name} value={l.name}>
              {l.name.replace(/-/g, ' ')}
            </option>
          ))}
        </select>
        <label for="est-csv">Lists (CSV)</label>
        <textarea
          id="est-csv"
          rows={10}
          spellcheck={false}
          value={csv.value}
          onInput={(event) => {
            csv.value = event.currentTarget.value;
          }}
        />
        <label for="est-file">…or read a CSV file</label>
        <input
          id="est-file"
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (file) csv.value = await file.text();
          }}
        />
        <label for="est-method">Model selection</label>
        <select
          id="est-method"
          value={method.value}
          onChange={(event) => {
            method.value = event.currentTarget.value as EstimateMethod;
          }}
        >
          {ESTIMATE_METHODS.map((m) => (
            <option key={m} value={m}>
              {METHOD_LABELS[m]}
            </option>
          ))}
        </select>
        <label for="est-bootstrap">
          Bootstrap replicates (0: profile-likelihood interval; at most {MAX_HTTP_BOOTSTRAP} here; the
          Bayesian methods give their posterior interval instead)
        </label>
        <input
          id="est-bootstrap"
          type="number"
          min={0}
          max={MAX_HTTP_BOOTSTRAP}
          step={1}
          disabled={!isLogLinear(method.value)}
          value={bootstrap.value}
          onInput={(event) => {
            bootstrap.value = Math.max(
              0,
              Math.min(MAX_HTTP_BOOTSTRAP, Math.round(Number(event.currentTarget.value) || 0)),
            );
          }}
        />
        <button type="submit" class="primary" disabled={busy.value || csv.value.trim() === ''}>
          Estimate
        </button>
      </form>
      <p role="status" class="status">
        {message.value}
      </p>
      {problems.value ? <ProblemList problems={problems.value} title="The lists have problems:" /> : null}
      {report && result.value ? (
        <section class="panel" aria-labelledby="estimate-heading">
          <h2 id="estimate-heading">
            About {round(report.estimate)} people
            {report.interval
              ? ` (${Math.round(report.interval.level * 100)}% interval ${round(report.interval.lower)}–${round(report.interval.upper)})`
              : ''}
          </h2>
          <p>{result.value.summary}</p>
          <p>
            Observed {round(report.observed)} on the lists; selected model <code>{report.model}</code> (
            {report.method}
            {report.interval ? `; interval by ${report.interval.method}` : ''}).
          </p>
          {report.topModels.length > 0 ? (
            <table>
              <caption>Best models by BIC</caption>
              <thead>
                <tr>
                  <th scope="col">Model</th>
                  <th scope="col">Estimate</th>
                  <th scope="col">BIC</th>
                </tr>
              </thead>
              <tbody>
                {report.topModels.map((m) => (
                  <tr key={m.model}>
                    <td>
                      <code>{m.model}</code>
                    </td>
                    <td>{round(m.estimate)}</td>
                    <td>{Number.isFinite(m.bic) ? m.bic.toFixed(2) : 'n/a'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {report.warnings.length > 0 ? (
            <ul class="warnings">
              {report.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
