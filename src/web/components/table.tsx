// A table of rows under a header of column names: the markup every results table repeats (the
// header cells scoped to their columns, an optional caption above and footer below the rows).
import type { ComponentChildren } from 'preact';

export function Table(props: {
  columns: ComponentChildren[];
  /** The body's rows. */
  children: ComponentChildren;
  id?: string;
  class?: string;
  caption?: ComponentChildren;
  /** A `<tfoot>` after the rows, when there is one. */
  foot?: ComponentChildren;
}) {
  return (
    <table id={props.id} class={props.class}>
      {props.caption === undefined ? null : <caption>{props.caption}</caption>}
      <thead>
        <tr>
          {props.columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
      {props.foot ?? null}
    </table>
  );
}
