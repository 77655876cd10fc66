// UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children
// (the Palermo Protocol), supplementing the UN Convention against Transnational Organized Crime.
// GA res 55/25, Annex II, adopted 15 Nov 2000; in force 25 Dec 2003.
import { traffickingDefinition } from '../elements/trafficking.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';

const cite = citer('UN Trafficking Protocol (2000)', '2003-12-25', 'V');

const palermo = traffickingDefinition(
  {
    // Art 3(a) — the act: recruitment, transportation, transfer, harbouring or receipt of persons.
    act: cite('Art 3(a)'),
    // Art 3(a) — the means: threat or use of force or other coercion, abduction, fraud, deception,
    // abuse of power or of a position of vulnerability, or payments to a person having control.
    means: cite('Art 3(a)'),
    // Art 3(a) — the purpose: exploitation, which includes at a minimum the exploitation of the
    // prostitution of others or other sexual exploitation, forced labour or services, slavery or
    // practices similar to slavery, servitude or the removal of organs.
    purpose: cite('Art 3(a)'),
    slaveryLike: cite('Art 3(a)'),
    // Art 3(a) — for an adult, all three elements are needed.
    adult: cite('Art 3(a)'),
    // Art 3(c), (d) — for a child (under 18) the act and the purpose suffice; no means is required.
    child: cite('Art 3(c)'),
    childAge: cite('Art 3(d)'),
    definition: cite('Art 3(a), (c)'),
    // Art 3(b) — once a means is used, the victim's consent to the intended exploitation is irrelevant.
    consent: cite('Art 3(b)'),
  },
  {
    label: 'Trafficking in persons',
    servitudeNote:
      'Palermo does not define servitude; read as the European Court of Human Rights reads it (Siliadin v France, 2005).',
    // Art 4 with UNTOC Art 34(2) — the definition has no border-crossing or illegal-entry element.
    noBorder: {
      id: 'no-border-element',
      label:
        'Crossing a border and illegal entry are not elements of trafficking: it may be domestic and entry may be lawful',
      paths: ['movement.crossedBorder', 'movement.entry'],
      cite: cite('Art 3(a); Art 4', {
        note: 'Art 4 limits the Protocol’s own scope to transnational offences with an organised criminal group; UNTOC Art 34(2) requires the domestic offence to be created without either condition.',
      }),
    },
  },
);

export const trafficking = palermo.rule;

export const unTraffickingProtocol: Instrument = {
  id: 'un-trafficking-protocol',
  title: 'UN Trafficking in Persons Protocol (Palermo, 2000)',
  level: 'international',
  citation: cite('Art 3'),
  adopted: '2000-11-15',
  inForce: { from: '2003-12-25' },
  rule: trafficking,
  remarks: palermo.remarks,
  // Interception (`exploitation.intendedOnly`) is not read here: the purpose may be intended only.
  defeasiblePaths: ['exploitation.stateImposedObligation'],
};
