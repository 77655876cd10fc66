// Council of Europe Convention on Action against Trafficking in Human Beings, CETS No. 197,
// Warsaw, 16 May 2005; in force 1 Feb 2008 (for the UK, 1 Apr 2009). Art 4 copies the Palermo
// definition; Art 2 extends it to all trafficking, national or transnational, with or without
// organised crime. Regional law: applied only to events while it is in force.
import { traffickingDefinition } from '../elements/trafficking.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';

const cite = citer('Council of Europe Trafficking Convention (2005)', '2008-02-01', 'S');

const convention = traffickingDefinition(
  {
    // Art 4(a) — the act: recruitment, transportation, transfer, harbouring or receipt of persons.
    act: cite('Art 4(a)'),
    // Art 4(a) — the means, as in Palermo Art 3(a).
    means: cite('Art 4(a)'),
    // Art 4(a) — the purpose: exploitation, at a minimum the exploitation of the prostitution of
    // others or other sexual exploitation, forced labour or services, slavery or similar practices,
    // servitude, removal of organs.
    purpose: cite('Art 4(a)'),
    slaveryLike: cite('Art 4(a)'),
    // Art 4(a) — for an adult, the act, a means and the purpose are all needed.
    adult: cite('Art 4(a)'),
    // Art 4(c), (d) — for a child (under 18) the act and the purpose suffice.
    child: cite('Art 4(c)'),
    childAge: cite('Art 4(d)'),
    definition: cite('Art 4(a), (c)'),
    // Art 4(b) — consent to the intended exploitation is irrelevant once a means is used.
    consent: cite('Art 4(b)'),
  },
  {
    label: 'Trafficking in human beings',
    servitudeNote:
      'The Convention does not define servitude; read as the European Court of Human Rights reads it (Siliadin v France, 2005).',
    // Art 2 — scope: all forms of trafficking, national or transnational, linked or not to organised
    // crime.
    noBorder: {
      id: 'national-or-transnational',
      label:
        'The Convention covers trafficking whether national or transnational and whether or not organised crime is involved: no border crossing is needed',
      paths: ['movement.crossedBorder'],
      cite: cite('Art 2', { certainty: 'M' }),
    },
  },
);

export const trafficking = convention.rule;

export const coeTraffickingConvention: Instrument = {
  id: 'coe-trafficking-convention',
  title: 'Council of Europe Convention on Action against Trafficking in Human Beings (2005)',
  level: 'regional',
  citation: cite('Art 4'),
  adopted: '2005-05-16',
  inForce: { from: '2008-02-01' },
  rule: trafficking,
  remarks: convention.remarks,
  defeasiblePaths: ['exploitation.stateImposedObligation'],
  temporal: 'in_force',
};
