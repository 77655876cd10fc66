// Decomposable (chordal) graphs on p vertices with their cliques and separators, generated rather
// than shipped as data (mse.md §6: 8, 61 and 822 graphs for p = 3, 4, 5).
// Vertices are lists 0…p−1; cliques and separators are bit masks.
import { popcount } from './hierarchical-model.js';

export type DecomposableGraph = {
  readonly p: number;
  /** Edges as pair masks. */
  readonly edges: readonly number[];
  readonly cliques: readonly number[];
  /** Non-empty separators of a junction tree (a multiset). */
  readonly separators: readonly number[];
};

function neighbourMasks(p: number, edges: readonly number[]): number[] {
  const neighbours = new Array<number>(p).fill(0);
  for (const edge of edges) {
    for (let v = 0; v < p; v++) if (edge & (1 << v)) neighbours[v] |= edge & ~(1 << v);
  }
  return neighbours;
}

function isComplete(set: number, neighbours: readonly number[]): boolean {
  for (let v = 0; v < neighbours.length; v++) {
    if (set & (1 << v) && (set & ~(1 << v) & ~neighbours[v]) !== 0) return false;
  }
  return true;
}

/** Chordal iff vertices can be removed one by one, each simplicial (its neighbours a clique). */
function isChordal(p: number, neighbours: readonly number[]): boolean {
  let remaining = (1 << p) - 1;
  while (remaining) {
    let removed = false;
    for (let v = 0; v < p; v++) {
      if (!(remaining & (1 << v))) continue;
      if (isComplete(neighbours[v] & remaining, neighbours)) {
        remaining &= ~(1 << v);
        removed = true;
        break;
      }
    }
    if (!removed) return false;
  }
  return true;
}

function maximalCliques(p: number, neighbours: readonly number[]): number[] {
  const complete: number[] = [];
  for (let set = 1; set < 1 << p; set++) if (isComplete(set, neighbours)) complete.push(set);
  return complete.filter((a) => !complete.some((b) => b !== a && (a & b) === a));
}

/** Separators = intersections along a maximum-weight spanning tree of the cliques (a junction
 * tree, for a chordal graph); zero-weight links join components and are not separators. */
function junctionSeparators(cliques: readonly number[]): number[] {
  const links: Array<[number, number, number]> = [];
  for (let i = 0; i < cliques.length; i++) {
    for (let j = i + 1; j < cliques.length; j++) links.push([popcount(cliques[i] & cliques[j]), i, j]);
  }
  links.sort((a, b) => b[0] - a[0]);
  const component = cliques.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (component[root] !== root) root = component[root];
    return root;
  };
  const separators: number[] = [];
  for (const [weight, i, j] of links) {
    const a = find(i);
    const b = find(j);
    if (a === b) continue;
    component[a] = b;
    if (weight > 0) separators.push(cliques[i] & cliques[j]);
  }
  return separators;
}

export function decomposableGraphs(p: number): DecomposableGraph[] {
  const pairs: number[] = [];
  for (let i = 0; i < p; i++) for (let j = i + 1; j < p; j++) pairs.push((1 << i) | (1 << j));
  const graphs: DecomposableGraph[] = [];
  for (let pick = 0; pick < 2 ** pairs.length; pick++) {
    const edges = pairs.filter((_, k) => pick & (1 << k));
    const neighbours = neighbourMasks(p, edges);
    if (!isChordal(p, neighbours)) continue;
    const cliques = maximalCliques(p, neighbours);
    graphs.push({ p, edges, cliques, separators: junctionSeparators(cliques) });
  }
  return graphs;
}
