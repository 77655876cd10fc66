// Estimate: how many people were never identified, from overlapping lists (multiple systems
// estimation). The lists are aggregate counts, not case data; the estimate is computed on the
// server as a job (POST /api/estimate/jobs), which keeps nothing: the page follows its progress
// with a bar, can cancel it, and shows the report when it is done.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import {
  ESTIMATE_METHODS,
  type EstimateMethod,
  type EstimateProgress,
  isLogLinear,
  MAX_HTTP_BOOTSTRAP,
  METHOD_LABELS,
  STAGE_WORDS,
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
  /** The BIC bootstrap's interval as more of the best models are let in. */
  topIntervals?: Array<{
    from: number;
    to: number;
    models: string[];
    lower: number | null;
    upper: number | null;
  }>;
  /** Bayesian thresholding: each interaction's evidence. */
  evidence?: Array<{ interaction: string; ratio: number; kept: boolean }>;
  warnings: string[];
};

type Result = { report: Report; summary: string };

type Job = {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: EstimateProgress | null;
  result?: Result;
  error?: { message: string; problems?: Problem[] };
};

/** How often a running estimate is asked for its progress (ms). */
const POLL = 400;

const round = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-GB') : '∞');

export function EstimatePage() {
  const csv = useSignal('');
  const method = useSignal<EstimateMethod>('stepwise');
  const bootstrap = useSignal(0);
  const job = useSignal<Job | null>(null);
  const result = useSignal<Result | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  const message = useSignal<string | null>(null);
  const busy = job.value !== null && (job.value.state === 'queued' || job.value.state === 'running');

  const settle = (finished: Job) => {
    job.value = null;
    if (finished.state === 'done' && finished.result) {
      result.value = finished.result;
      message.value = null;
    } else if (finished.state === 'cancelled') {
      message.value = 'Cancelled.';
    } else {
      problems.value = finished.error?.problems ?? null;
      message.value = finished.error?.message ?? 'The estimate could not be made.';
    }
  };

  // While a job runs, ask for its progress; leaving the page lets it lapse (the server cancels
  // an estimate nobody asks about).
  useEffect(() => {
    const current = job.value;
    if (!current || !busy) return;
    const timer = setTimeout(async () => {
      const response = await api<Job>('GET', `/api/estimate/jobs/${current.id}`);
      if (job.value?.id !== current.id) return;
      if (!response.ok) {
        job.value = null;
        message.value = response.error.message;
        return;
      }
      if (response.data.state === 'queued' || response.data.state === 'running') job.value = response.data;
      else settle(response.data);
    }, POLL);
    return () => clearTimeout(timer);
  }, [job.value]);

  const run = async () => {
    result.value = null;
    problems.value = null;
    message.value = 'Estimating…';
    const response = await api<Job>('POST', '/api/estimate/jobs', {
      csv: csv.value,
      method: method.value,
      bootstrap: isLogLinear(method.value) ? bootstrap.value : 0,
    });
    if (!response.ok) {
      problems.value = response.error.problems ?? null;
      message.value = response.error.message;
      return;
    }
    if (response.data.state === 'queued' || response.data.state === 'running') job.value = response.data;
    else settle(response.data);
  };

  const cancel = async () => {
    const current = job.value;
    if (!current) return;
    job.value = null;
    message.value = 'Cancelling…';
    const response = await api<Job>('DELETE', `/api/estimate/jobs/${current.id}`);
    message.value = response.ok ? 'Cancelled.' : response.error.message;
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
        <button type="submit" class="primary" disabled={busy || csv.value.trim() === ''}>
          Estimate
        </button>
      </form>
      <p role="status" class="status">
        {busy ? progressWords(job.value?.progress ?? null) : message.value}
      </p>
      {busy ? (
        <div class="estimate-progress">
          <progress
            aria-label="Progress of the estimate"
            max={job.value?.progress?.total || 1}
            value={job.value?.progress ? job.value.progress.done : undefined}
          />
          <button type="button" onClick={() => void cancel()}>
            Cancel
          </button>
        </div>
      ) : null}
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
          {report.topIntervals && report.interval ? (
            <TopIntervals rows={report.topIntervals} level={report.interval.level} />
          ) : null}
          {report.evidence ? (
            <table>
              <caption>
                Interactions: posterior mean in standard deviations from zero (kept at the threshold or above)
              </caption>
              <thead>
                <tr>
                  <th scope="col">Lists</th>
                  <th scope="col">Evidence</th>
                  <th scope="col">Kept</th>
                </tr>
              </thead>
              <tbody>
                {report.evidence.map((e) => (
                  <tr key={e.interaction}>
                    <td>{e.interaction}</td>
                    <td>{e.ratio.toFixed(2)}</td>
                    <td>{e.kept ? 'yes' : 'no'}</td>
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

/** "bootstrap replicates: 340 of 1,000", or "Waiting for the server…" before the first step. */
function progressWords(progress: EstimateProgress | null): string {
  if (!progress) return 'Waiting for the server…';
  const count = (x: number) => x.toLocaleString('en-GB');
  return `Estimating — ${STAGE_WORDS[progress.stage]}: ${count(progress.done)} of ${count(progress.total)}`;
}

/**
 * R's matrix of intervals by number of top models (Silverman, Chan & Vincent 2024): how much of the
 * interval comes from not knowing which model is right. Rows sharing an interval are one row.
 */
function TopIntervals(props: { rows: NonNullable<Report['topIntervals']>; level: number }) {
  const { rows, level } = props;
  const shown = rows.length <= 12 ? rows : [...rows.slice(0, 8), ...rows.slice(-3)];
  const names = (models: string[]) =>
    models.length <= 3 ? models.join(', ') : `${models.slice(0, 2).join(', ')} and ${models.length - 2} more`;
  return (
    <table>
      <caption>
        {Math.round(level * 100)}% interval as more of the best models are let in: each bootstrap replicate
        chooses among the k best models on these data
        {rows.length > shown.length ? ` (${rows.length - shown.length} rows not shown)` : ''}
      </caption>
      <thead>
        <tr>
          <th scope="col">k</th>
          <th scope="col">Interval</th>
          <th scope="col">Models let in</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((row) => (
          <tr key={row.from}>
            <td>{row.from === row.to ? row.from : `${row.from}–${row.to}`}</td>
            <td>
              {row.lower === null || row.upper === null ? 'none' : `${round(row.lower)}–${round(row.upper)}`}
            </td>
            <td>
              <code>{names(row.models)}</code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
