// Estimate: how many people were never identified, from overlapping lists (multiple systems
// estimation). The lists are aggregate counts, not case data; the estimate is computed on the
// server as a job (POST /api/estimate/jobs), which keeps nothing: the page follows its progress
// with a bar, can cancel it, and shows the result when it is done — the estimate and its interval,
// the distribution behind the interval as a chart, the best models named by their lists, and the
// whole result to download as CSV or JSON.
import type { RectYOptions } from '@observablehq/plot';
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import {
  ESTIMATE_METHODS,
  type EstimateMethod,
  type EstimateProgress,
  isLogLinear,
  MAX_HTTP_BOOTSTRAP,
  METHOD_LABELS,
} from '../../estimate/options.js';
import type { Problem } from '../../facts/problems.js';
import { api } from '../api.js';
import { Chart } from '../charts/chart.js';
import { download, ProblemList } from '../components/case-tools.js';
import { Table } from '../components/table.js';
import { TableBox } from '../components/table-box.js';
import { t, tr } from '../i18n.js';

/** A method as the select lists it: its name, as the command line takes it, and what it does. */
// The method's name in words (the id stays the option's value, in the JSON and on the command line).
const methodWords = (method: EstimateMethod) =>
  tr.value.dynamic(`web.estimate.methods.${method}`, undefined, METHOD_LABELS[method]);
const intervalMethodWords = (method: string) =>
  tr.value.dynamic(`web.estimate.intervalMethods.${method}`, undefined, method);

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
  topModels: Array<{ model: string; estimate: number; bic: number | null }>;
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
type Answer = { report: Report; summary: string; lists?: string[]; distribution?: number[] };

type Result = Answer;

type Job = {
  id: string;
  state: 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
  progress: EstimateProgress | null;
  result?: Result;
  error?: { message: string; problems?: Problem[] };
};

/** How often a running estimate is asked for its progress (ms). */
const POLL = 400;

const round = (x: number) => (Number.isFinite(x) ? tr.value.number(Math.round(x)) : '∞');

/**
 * A model as its lists' names: "[12,13,4]" → "A × B; A × C". Generators are digits numbering the
 * lists from 1; single digits are the lists themselves. Anything else (a latent-class model) is
 * shown as it is.
 */
export function modelInWords(model: string, names: readonly string[]): string {
  const match = /^\[([\d,]*)\]$/.exec(model);
  if (!match || names.length === 0) return model;
  const interactions = match[1]
    .split(',')
    .filter((term) => term.length > 1)
    .map((term) => [...term].map((digit) => names[Number(digit) - 1] ?? digit).join(' × '));
  return interactions.length === 0 ? t('web.estimate.independent') : interactions.join('; ');
}

function toCsv(answer: Answer): string {
  const names = answer.lists ?? [];
  const cell = (value: unknown) => {
    const s = value === null || value === undefined ? '' : String(value);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const { report } = answer;
  const rows: unknown[][] = [
    [
      'row',
      'model',
      'interactions',
      'estimate',
      'lower',
      'upper',
      'level',
      'interval method',
      'bic',
      'identified',
    ],
    [
      'selected',
      report.model,
      modelInWords(report.model, names),
      report.estimate,
      report.interval?.lower ?? '',
      report.interval?.upper ?? '',
      report.interval?.level ?? '',
      report.interval?.method ?? '',
      '',
      report.observed,
    ],
    ...report.topModels.map((m, i) => [
      `top ${i + 1}`,
      m.model,
      modelInWords(m.model, names),
      m.estimate,
      '',
      '',
      '',
      '',
      m.bic ?? '',
      report.observed,
    ]),
  ];
  return `${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`;
}

function Distribution({ answer }: { answer: Answer }) {
  const draws = answer.distribution ?? [];
  const { report } = answer;
  if (draws.length === 0) return <p class="note">{t('web.estimate.noDistribution')}</p>;
  // Clip the long right tail at the 99th percentile, as the command line's chart does.
  const clipped = draws.slice(0, Math.max(1, Math.ceil(draws.length * 0.99)));
  return (
    <figure class="distribution">
      <figcaption>{t('web.estimate.distribution')}</figcaption>
      <Chart
        testId="distribution"
        label={t('web.estimate.distributionLabel', { n: draws.length })}
        deps={[answer, tr.value]}
        draw={(Plot, width) =>
          Plot.plot({
            width,
            height: 220,
            marginLeft: 48,
            x: { label: t('web.estimate.populationSize'), grid: false },
            y: { label: t('web.estimate.replicates'), grid: true },
            marks: [
              report.interval
                ? Plot.rectX([report.interval], {
                    x1: 'lower',
                    x2: (d: { upper: number | null; lower: number }) =>
                      Number.isFinite(d.upper) ? d.upper : clipped[clipped.length - 1],
                    fill: '#cfd8e3',
                  })
                : null,
              Plot.rectY(
                clipped,
                Plot.binX<RectYOptions>({ y: 'count' }, { x: (d: number) => d, fill: '#3b4a5e' }),
              ),
              Plot.ruleX([report.estimate], { stroke: '#111', strokeWidth: 2 }),
              Plot.ruleX([report.observed], { stroke: '#111', strokeDasharray: '4,3' }),
              Plot.ruleY([0]),
            ],
          })
        }
      />
      <p class="note">{t('web.estimate.distributionNote')}</p>
    </figure>
  );
}

export function EstimatePage() {
  const csv = useSignal('');
  const method = useSignal<EstimateMethod>('stepwise');
  const bootstrap = useSignal(0);
  const job = useSignal<Job | null>(null);
  const seed = useSignal(1234);
  const result = useSignal<Answer | null>(null);
  const problems = useSignal<Problem[] | null>(null);
  const message = useSignal<string | null>(null);
  const busy = job.value !== null && (job.value.state === 'queued' || job.value.state === 'running');

  const settle = (finished: Job) => {
    job.value = null;
    if (finished.state === 'done' && finished.result) {
      result.value = finished.result;
      message.value = null;
    } else if (finished.state === 'cancelled') {
      message.value = t('web.estimate.cancelled');
    } else {
      problems.value = finished.error?.problems ?? null;
      message.value = finished.error?.message ?? t('web.estimate.failed');
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
    message.value = t('web.estimate.working');
    const response = await api<Job>('POST', '/api/estimate/jobs', {
      csv: csv.value,
      method: method.value,
      bootstrap: isLogLinear(method.value) ? bootstrap.value : 0,
      seed: seed.value,
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
    message.value = t('web.estimate.cancelling');
    const response = await api<Job>('DELETE', `/api/estimate/jobs/${current.id}`);
    message.value = response.ok ? t('web.estimate.cancelled') : response.error.message;
  };

  const answer = result.value;
  const report = answer?.report;
  const names = answer?.lists ?? [];
  return (
    <div class="estimate">
      <h1>{t('web.estimate.title')}</h1>
      <p class="lede">{t('web.estimate.lede')}</p>
      <form
        class="stack wide"
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <label for="est-example">{t('web.estimate.example')}</label>
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
          <option value="">{t('web.estimate.choose')}</option>
          {lists.map((l) => (
            <option key={l.name} value={l.name}>
              {l.name.replace(/-/g, ' ')}
            </option>
          ))}
        </select>
        <label for="est-csv">{t('web.estimate.csv')}</label>
        <textarea
          id="est-csv"
          rows={10}
          spellcheck={false}
          value={csv.value}
          onInput={(event) => {
            csv.value = event.currentTarget.value;
          }}
        />
        <label for="est-file">{t('web.estimate.file')}</label>
        <input
          id="est-file"
          type="file"
          accept=".csv,text/csv"
          onChange={async (event) => {
            const file = event.currentTarget.files?.[0];
            if (file) csv.value = await file.text();
          }}
        />
        <label for="est-method">{t('web.estimate.method')}</label>
        <select
          id="est-method"
          value={method.value}
          onChange={(event) => {
            method.value = event.currentTarget.value as EstimateMethod;
          }}
        >
          {ESTIMATE_METHODS.map((m) => (
            <option key={m} value={m}>
              {methodWords(m)}
            </option>
          ))}
        </select>
        <label for="est-bootstrap">{t('web.estimate.bootstrap', { max: MAX_HTTP_BOOTSTRAP })}</label>
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
        <label for="est-seed">{t('web.estimate.seed')}</label>
        <input
          id="est-seed"
          type="number"
          min={0}
          max={0xffffffff}
          step={1}
          value={seed.value}
          onInput={(event) => {
            const n = Math.round(Number(event.currentTarget.value));
            if (Number.isFinite(n) && n >= 0 && n <= 0xffffffff) seed.value = n;
          }}
        />
        <button type="submit" class="primary" disabled={busy || csv.value.trim() === ''}>
          {t('web.estimate.submit')}
        </button>
      </form>
      <p role="status" class="status">
        {busy ? progressWords(job.value?.progress ?? null) : message.value}
      </p>
      {busy ? (
        <div class="estimate-progress">
          <progress
            aria-label={t('web.estimate.progressLabel')}
            max={job.value?.progress?.total || 1}
            value={job.value?.progress ? job.value.progress.done : undefined}
          />
          <button type="button" onClick={() => void cancel()}>
            {t('web.estimate.cancel')}
          </button>
        </div>
      ) : null}
      {problems.value ? <ProblemList problems={problems.value} title={t('web.estimate.problems')} /> : null}
      {report && answer ? (
        <section class="panel" aria-labelledby="estimate-heading">
          <h2 id="estimate-heading">
            {t('web.estimate.about', { n: round(report.estimate) })}
            {report.interval
              ? t('web.estimate.interval', {
                  level: Math.round(report.interval.level * 100),
                  lower: round(report.interval.lower),
                  upper: round(report.interval.upper),
                })
              : ''}
          </h2>
          <p>{t('web.estimate.observed', { n: round(report.observed) })}</p>
          <p>
            {t('web.estimate.selected')}{' '}
            <span translate={report.model === '[]' ? undefined : false}>
              {modelInWords(report.model, names)}
            </span>{' '}
            (
            {ESTIMATE_METHODS.includes(report.method as EstimateMethod)
              ? methodWords(report.method as EstimateMethod)
              : report.method}
            ).{' '}
            {report.interval
              ? t('web.estimate.intervalBy', { how: intervalMethodWords(report.interval.method) })
              : ''}
          </p>
          <div class="toolbar">
            <button type="button" onClick={() => download('estimate.csv', toCsv(answer), 'text/csv')}>
              {t('web.estimate.downloadCsv')}
            </button>
            <button
              type="button"
              onClick={() => download('estimate.json', `${JSON.stringify(answer, null, 2)}\n`)}
            >
              {t('web.estimate.downloadJson')}
            </button>
          </div>
          <Distribution answer={answer} />
          {report.topModels.length > 0 ? (
            <TableBox label={t('web.estimate.topModels')}>
              <Table
                caption={t('web.estimate.topModels')}
                columns={[t('web.estimate.model'), t('web.estimate.estimate'), t('web.estimate.bic')]}
              >
                {report.topModels.map((m) => (
                  <tr key={m.model}>
                    {/* The lists' own names (the person's data), unless it is the independence model. */}
                    <td translate={m.model === '[]' ? undefined : false}>{modelInWords(m.model, names)}</td>
                    <td>{round(m.estimate)}</td>
                    <td>
                      {m.bic !== null && Number.isFinite(m.bic)
                        ? tr.value.number(m.bic, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
                        : t('web.estimate.notAvailable')}
                    </td>
                  </tr>
                ))}
              </Table>
            </TableBox>
          ) : null}
          {report.topIntervals && report.interval ? (
            <TopIntervals rows={report.topIntervals} level={report.interval.level} />
          ) : null}
          {report.evidence ? (
            <Table
              caption={t('web.estimate.evidenceCaption')}
              columns={[t('web.estimate.lists'), t('web.estimate.evidence'), t('web.estimate.kept')]}
            >
              {report.evidence.map((e) => (
                <tr key={e.interaction}>
                  <td translate={false}>{e.interaction}</td>
                  <td>{tr.value.number(e.ratio, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</td>
                  <td>{e.kept ? t('web.estimate.yes') : t('web.estimate.no')}</td>
                </tr>
              ))}
            </Table>
          ) : null}
          {report.warnings.length > 0 ? (
            <>
              <h3>{t('web.estimate.warnings')}</h3>
              <ul class="warnings">
                {report.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

/** "bootstrap replicates: 340 of 1,000", or "Waiting for the server…" before the first step. */
function progressWords(progress: EstimateProgress | null): string {
  if (!progress) return t('web.estimate.waiting');
  return t('web.estimate.progress', {
    stage: tr.value.dynamic(`web.estimate.stages.${progress.stage}`, undefined, progress.stage),
    done: tr.value.number(progress.done),
    total: tr.value.number(progress.total),
  });
}

/**
 * R's matrix of intervals by number of top models (Silverman, Chan & Vincent 2024): how much of the
 * interval comes from not knowing which model is right. Rows sharing an interval are one row.
 */
function TopIntervals(props: { rows: NonNullable<Report['topIntervals']>; level: number }) {
  const { rows, level } = props;
  const shown = rows.length <= 12 ? rows : [...rows.slice(0, 8), ...rows.slice(-3)];
  const names = (models: string[]) =>
    models.length <= 3
      ? models.join(', ')
      : t('web.estimate.andMore', { first: models.slice(0, 2).join(', '), n: models.length - 2 });
  return (
    <Table
      caption={
        <>
          {t('web.estimate.topCaption', { level: Math.round(level * 100) })}
          {rows.length > shown.length
            ? t('web.estimate.rowsNotShown', { n: rows.length - shown.length })
            : ''}
        </>
      }
      columns={['k', t('web.estimate.intervalColumn'), t('web.estimate.modelsLetIn')]}
    >
      {shown.map((row) => (
        <tr key={row.from}>
          <td>{row.from === row.to ? row.from : `${row.from}–${row.to}`}</td>
          <td>
            {row.lower === null || row.upper === null
              ? t('web.estimate.none')
              : `${round(row.lower)}–${round(row.upper)}`}
          </td>
          <td>
            <code translate={false}>{names(row.models)}</code>
          </td>
        </tr>
      ))}
    </Table>
  );
}
