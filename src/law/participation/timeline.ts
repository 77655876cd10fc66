// A small picture of how many states an instrument bound over time (a step line), drawn with
// Observable Plot. Plot needs a document: the browser's own, or a small DOM in Node (linkedom).
import * as Plot from '@observablehq/plot';
import { defaultLang, type Lang, translator } from '../../i18n/index.js';
import { boundSince } from './standing.js';
import type { ParticipationList } from './types.js';

export type TimelinePoint = { date: Date; bound: number };

/** The number of states bound, changing on each day a state began or stopped being bound. */
export function boundOverTime(list: ParticipationList, through: string): TimelinePoint[] {
  const changes = new Map<string, number>();
  const change = (date: string, by: number) => changes.set(date, (changes.get(date) ?? 0) + by);
  for (const row of list.rows) {
    // Where only the year is known, the latest day it may have begun: never counted early.
    const from = boundSince(row);
    if (from > through) continue;
    change(from, 1);
    if (row.bound.until !== undefined && row.bound.until <= through) change(row.bound.until, -1);
  }
  let bound = 0;
  const points: TimelinePoint[] = [{ date: new Date(`${list.inForce}T00:00:00Z`), bound: 0 }];
  for (const date of [...changes.keys()].sort()) {
    bound += changes.get(date) ?? 0;
    points.push({ date: new Date(`${date}T00:00:00Z`), bound });
  }
  points.push({ date: new Date(`${through}T00:00:00Z`), bound });
  return points;
}

/**
 * The SVG text of the timeline, drawn in `document` (a browser's, or linkedom's in Node), its words
 * in `lang`; `yLabel`, where given, names the vertical axis instead (the web app's own words).
 */
export function timelineSvg(
  list: ParticipationList,
  through: string,
  document: Document,
  yLabel?: string,
  lang: Lang = defaultLang,
): string {
  const tr = translator(lang);
  const points = boundOverTime(list, through);
  const chart = Plot.plot({
    document,
    width: 640,
    height: 240,
    marginLeft: 48,
    x: { type: 'utc', label: null },
    y: { label: yLabel ?? tr.t('law.participation.timeline.axis'), grid: true, zero: true },
    marks: [
      Plot.areaY(points, { x: 'date', y: 'bound', curve: 'step-after', fillOpacity: 0.15 }),
      Plot.lineY(points, { x: 'date', y: 'bound', curve: 'step-after' }),
      Plot.ruleY([0]),
    ],
  });
  chart.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  chart.setAttribute('role', 'img');
  chart.setAttribute(
    'aria-label',
    tr.t('law.participation.timeline.label', { instrument: list.short, date: tr.date(through) }),
  );
  return chart.outerHTML;
}
