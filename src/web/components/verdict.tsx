// A verdict as words and a mark, never colour alone.
import { verdictMarks, verdictWords } from '../facts/labels.js';

export function Verdict({ value, small }: { value: string; small?: boolean }) {
  return (
    <span class={`verdict verdict-${value}${small ? ' verdict-small' : ''}`} data-verdict={value}>
      <span aria-hidden="true">{verdictMarks[value] ?? '?'}</span> {verdictWords[value] ?? value}
    </span>
  );
}
