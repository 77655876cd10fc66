// The import summary's charts: records by year (stacked by continuum band when bands are known,
// otherwise by the verdict of one instrument) and means of control (codebook percentages).
import { horizontalBarChart, type Series, stackCharts, stackedBarChart } from './charts.js';
import type { Summary } from './ctdc-summary.js';

const verdictColors = { met: '#d62728', not_met: '#2ca02c', undetermined: '#bbbbbb' } as const;
const palette = [
  '#4c78a8',
  '#f58518',
  '#e45756',
  '#72b7b2',
  '#54a24b',
  '#eeca3b',
  '#b279a2',
  '#ff9da6',
  '#9d755d',
];

export function yearChart(summary: Summary, instrumentId: string): string {
  const years = Object.keys(summary.byYear);
  if (summary.bandsByYear && summary.byBand) {
    const bands = Object.keys(summary.byBand);
    const series: Series[] = bands.map((band, i) => ({
      name: band === 'decent_work' ? 'no band above decent work established' : band,
      color: band === 'unknown' || band === 'decent_work' ? '#cccccc' : palette[i % palette.length],
      values: years.map((year) => summary.bandsByYear?.[year]?.[band] ?? 0),
    }));
    return stackedBarChart({
      title: 'Records by year of registration and continuum band',
      categories: years,
      series,
    });
  }
  const series: Series[] = (['met', 'not_met', 'undetermined'] as const).map((verdict) => ({
    name: `${instrumentId}: ${verdict.replace('_', ' ')}`,
    color: verdictColors[verdict],
    values: years.map((year) => summary.verdictsByYear[year]?.[instrumentId]?.[verdict] ?? 0),
  }));
  return stackedBarChart({ title: 'Records by year of registration and verdict', categories: years, series });
}

export function meansChart(summary: Summary): string {
  const { records, items } = summary.groups.means;
  return horizontalBarChart({
    title: 'Means of control',
    subtitle: `% of the ${records} records with any means recorded (CTDC denominator rule)`,
    items: items.map(({ item, count, percent }) => ({
      label: item,
      value: percent,
      note: `${percent}% (${count})`,
    })),
  });
}

export function summaryCharts(summary: Summary, instrumentId: string): string {
  return stackCharts([yearChart(summary, instrumentId), meansChart(summary)]);
}
