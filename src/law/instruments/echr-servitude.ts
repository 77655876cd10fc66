// Servitude under Art 4(1) of the European Convention on Human Rights (signed 4 Nov 1950; in force
// 3 Sep 1953), as the European Court of Human Rights reads it: Siliadin v France (no. 73316/01,
// 26 Jul 2005) and C.N. and V. v France (no. 67724/09, 11 Oct 2012).
import { forcedLabour } from '../elements/forced-labour.js';
import { servitude } from '../elements/slavery.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';

const cite = citer('European Convention on Human Rights', '1953-09-03', 'S');

// Art 4(2), (3) — forced or compulsory labour, read with ILO C029 (Van der Mussele v Belgium,
// 1983, §32); Art 4(3) excludes much the same state-imposed work as C029 Art 2(2).
const forced = forcedLabour({
  definition: cite('Art 4(2)', {
    note: 'The Court reads forced labour through ILO C029 Art 2(1) (Van der Mussele v Belgium, 1983).',
  }),
  exclusions: cite('Art 4(3)'),
});

// Art 4(1) — servitude: a particularly serious denial of freedom; "aggravated" forced labour where
// the person is obliged to live on the other's premises and feels the situation is permanent.
export const echrServitude: Instrument = {
  id: 'servitude',
  title: 'Servitude (ECHR Art 4, as read in Siliadin v France and C.N. and V. v France)',
  level: 'regional',
  citation: cite('Art 4(1)'),
  adopted: '1950-11-04',
  inForce: { from: '1953-09-03' },
  rule: servitude({
    servitude: cite('Art 4(1)', {
      note: 'Siliadin v France (2005) §123–124; C.N. and V. v France (2012) §89–91.',
    }),
    forcedLabour: forced,
  }),
  defeasiblePaths: ['exploitation.stateImposedObligation', 'exploitation.intendedOnly'],
};
