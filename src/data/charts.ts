// Small hand-written SVG charts: pure functions from counts to a string, no dependencies, so the
// same charts serve the CLI (`--svg`) and a web page.

export type Series = { name: string; color: string; values: number[] };

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const FONT = 'font-family="system-ui, sans-serif" font-size="11"';

/** Vertical stacked bars: one bar per category, one stacked segment per series. */
export function stackedBarChart(chart: { title: string; categories: string[]; series: Series[] }): string {
  const { title, categories, series } = chart;
  const barWidth = 22;
  const gap = 8;
  const left = 48;
  const top = 28;
  const plotHeight = 180;
  const width = left + categories.length * (barWidth + gap) + 160;
  const height = top + plotHeight + 48;
  const totals = categories.map((_, i) => series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const scale = (n: number) => (n / max) * plotHeight;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="${left}" y="16" ${FONT} font-weight="bold">${escapeXml(title)}</text>`,
    `<line x1="${left}" y1="${top + plotHeight}" x2="${left + categories.length * (barWidth + gap)}" y2="${top + plotHeight}" stroke="#333"/>`,
    `<text x="${left - 6}" y="${top + 4}" ${FONT} text-anchor="end">${max}</text>`,
    `<text x="${left - 6}" y="${top + plotHeight}" ${FONT} text-anchor="end">0</text>`,
  ];
  categories.forEach((category, i) => {
    const x = left + i * (barWidth + gap) + gap / 2;
    let y = top + plotHeight;
    for (const s of series) {
      const value = s.values[i] ?? 0;
      if (value <= 0) continue;
      const h = scale(value);
      y -= h;
      parts.push(
        `<rect x="${x}" y="${y.toFixed(1)}" width="${barWidth}" height="${h.toFixed(1)}" fill="${s.color}"><title>${escapeXml(`${category} · ${s.name}: ${value}`)}</title></rect>`,
      );
    }
    parts.push(
      `<text transform="translate(${x + barWidth / 2},${top + plotHeight + 10}) rotate(45)" ${FONT}>${escapeXml(category)}</text>`,
    );
  });
  const legendX = left + categories.length * (barWidth + gap) + 16;
  series.forEach((s, i) => {
    const y = top + i * 16;
    parts.push(`<rect x="${legendX}" y="${y}" width="10" height="10" fill="${s.color}"/>`);
    parts.push(`<text x="${legendX + 14}" y="${y + 9}" ${FONT}>${escapeXml(s.name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Horizontal bars with a label and a value note (e.g. a percentage) per item. */
export function horizontalBarChart(chart: {
  title: string;
  subtitle?: string;
  items: Array<{ label: string; value: number; note: string }>;
}): string {
  const { title, subtitle, items } = chart;
  const labelWidth = 190;
  const plotWidth = 260;
  const rowHeight = 18;
  const top = subtitle ? 42 : 28;
  const width = labelWidth + plotWidth + 80;
  const height = top + items.length * rowHeight + 10;
  const max = Math.max(1e-9, ...items.map((item) => item.value));
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<text x="8" y="16" ${FONT} font-weight="bold">${escapeXml(title)}</text>`,
  ];
  if (subtitle) parts.push(`<text x="8" y="32" ${FONT} fill="#555">${escapeXml(subtitle)}</text>`);
  items.forEach((item, i) => {
    const y = top + i * rowHeight;
    const w = (item.value / max) * plotWidth;
    parts.push(
      `<text x="${labelWidth - 6}" y="${y + 12}" ${FONT} text-anchor="end">${escapeXml(item.label)}</text>`,
    );
    parts.push(
      `<rect x="${labelWidth}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowHeight - 5}" fill="#4c78a8"/>`,
    );
    parts.push(`<text x="${labelWidth + w + 4}" y="${y + 12}" ${FONT}>${escapeXml(item.note)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Several charts one above the other in one SVG document. */
export function stackCharts(charts: string[]): string {
  let y = 0;
  let width = 0;
  const placed = charts.map((svg) => {
    const w = Number(/width="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
    const h = Number(/height="(\d+(?:\.\d+)?)"/.exec(svg)?.[1] ?? 0);
    const part = `<g transform="translate(0,${y})">${svg.replace(/^<svg[^>]*>/, '<svg>').replace(/<svg>/, `<svg width="${w}" height="${h}">`)}</g>`;
    y += h + 16;
    width = Math.max(width, w);
    return part;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${y}" viewBox="0 0 ${width} ${y}">\n${placed.join('\n')}\n</svg>\n`;
}
