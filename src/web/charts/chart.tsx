// A chart drawn by Observable Plot into its own box: redrawn when its data or the box's width
// changes; the box scrolls sideways rather than squeeze the text when it is narrower than `minWidth`.
import { useEffect, useRef, useState } from 'preact/hooks';
import { loadPlot, type PlotModule } from './plot.js';

export function Chart({
  draw,
  label,
  minWidth = 320,
  deps,
  testId,
}: {
  /** Builds the chart for a width, in pixels. */
  draw: (plot: PlotModule, width: number) => SVGSVGElement | HTMLElement;
  /** What the chart shows, for people who cannot see it (its data is also said beside it). */
  label: string;
  minWidth?: number;
  deps: unknown[];
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new ResizeObserver(() => setWidth(Math.max(minWidth, Math.floor(element.clientWidth))));
    observer.observe(element);
    return () => observer.disconnect();
  }, [minWidth]);
  useEffect(() => {
    const element = box.current;
    if (!element || width === 0) return;
    let cancelled = false;
    void loadPlot().then((plot) => {
      if (cancelled) return;
      const figure = draw(plot, width);
      // The box is the image, with its label; Plot's own labels inside it would be read twice.
      figure.setAttribute('aria-hidden', 'true');
      element.replaceChildren(figure);
    });
    return () => {
      cancelled = true;
    };
  }, [width, ...deps]);
  // Focusable: when narrower than the chart, the box scrolls, and the keyboard must reach it.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <div class="chart-box" ref={box} role="img" aria-label={label} tabIndex={0} data-chart={testId} />
  );
}
