// A <details> element whose content is rendered only while it is open: explanation trees are
// large, and building the closed ones on every answer would cost more than a frame.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function Disclosure({
  open: initiallyOpen = false,
  summary,
  class: className,
  children,
}: {
  open?: boolean;
  summary: ComponentChildren;
  class?: string;
  children: () => ComponentChildren;
}) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details class={className} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? children() : null}
    </details>
  );
}
