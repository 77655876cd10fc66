// Thresholds the rules use, kept apart from the rules as OpenFisca keeps its parameters (STYLE.md
// §2): what each is, its unit, and its values over time, each with the provision that sets it. A
// rule refers to a parameter by name, never to a bare literal.
import type { Dated } from './dated.js';

export type Parameter<T, Unit extends string = string> = {
  /** What the value is, in plain words. */
  label: string;
  unit: Unit;
  versions: Dated<T>;
};

/** Under 18 is a child: Palermo Art 3(d); the same age in the 1956 Convention Art 1(d) and CoE Art 4(d). */
export const ageOfMajority: Parameter<number> = {
  label: 'age of majority',
  unit: 'years',
  versions: [
    {
      value: 18,
      from: '2003-12-25',
      cite: {
        instrument: 'UN Trafficking Protocol (2000)',
        article: 'Art 3(d)',
        from: '2003-12-25',
        certainty: 'V',
      },
    },
  ],
};

/**
 * Hours beyond which a working week is excessive: 48, the limit set by the ILO Hours of Work
 * (Industry) Convention 1919 (C001) Art 2 and kept as the average limit of the EU Working Time
 * Directive 2003/88 Art 6(b).
 */
export const excessiveWeeklyHours: Parameter<number> = {
  label: 'excessive working week',
  unit: 'hours per week',
  versions: [
    {
      value: 48,
      from: '1921-06-13',
      cite: {
        instrument: 'ILO Hours of Work (Industry) Convention, 1919 (No. 1)',
        article: 'Art 2',
        from: '1921-06-13',
        certainty: 'M',
      },
    },
  ],
};
