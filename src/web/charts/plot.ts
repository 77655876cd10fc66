// Charts with Observable Plot (ARCHITECTURE.md: new charts use it), loaded on first use so that
// pages without charts do not carry it. Each chart is drawn to the width of its box, and its data
// is always also given as a table or in words beside it.
export type PlotModule = typeof import('@observablehq/plot');

let loading: Promise<PlotModule> | null = null;
export function loadPlot(): Promise<PlotModule> {
  loading ??= import('@observablehq/plot');
  return loading;
}
