// A box for a table that may be wider than a phone: it scrolls sideways on its own, and can take
// the keyboard focus so that it can be scrolled without a pointer.
import type { ComponentChildren } from 'preact';

export function TableBox({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section class="table-box" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
