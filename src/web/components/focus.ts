// "Questions that would settle it" link back to their question: open its section, scroll to it and
// put the keyboard focus on its first control.
import { go, route } from '../state/route.js';

export const questionId = (path: string) => `q-${path}`;
/** The id of a question's own control, where it has one (a text box, a list). */
export const controlId = (path: string) => `c-${path}`;

export function focusQuestion(path: string): void {
  const reveal = () => {
    const element = document.getElementById(questionId(path));
    if (!element) return;
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (node instanceof HTMLDetailsElement) node.open = true;
    }
    element.scrollIntoView({ block: 'center' });
    element.classList.add('flash');
    setTimeout(() => element.classList.remove('flash'), 1600);
    element.querySelector<HTMLElement>('input, select')?.focus({ preventScroll: true });
  };
  if (route.value !== 'assess') {
    go('assess');
    setTimeout(reveal, 50);
  } else {
    reveal();
  }
}
