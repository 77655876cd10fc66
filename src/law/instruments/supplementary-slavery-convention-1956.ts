// Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and
// Practices Similar to Slavery. Adopted at Geneva 7 Sep 1956; in force 30 Apr 1957.
import { childDelivery, debtBondage, serfdom, servileMarriage } from '../elements/slavery.js';
import type { Instrument } from '../instrument.js';
import { citer } from '../logic/citation.js';
import { any } from '../logic/rule.js';

const cite = citer('Supplementary Slavery Convention (1956)', '1957-04-30', 'V');

// Art 1 — each institution or practice is a separate finding; the instrument is met if any is.
export const practicesSimilarToSlavery = any(
  'practices-similar-to-slavery',
  'An institution or practice similar to slavery',
  [
    // Art 1(a) — debt bondage.
    debtBondage(cite('Art 1(a)')),
    // Art 1(b) — serfdom.
    serfdom(cite('Art 1(b)')),
    // Art 1(c) — servile marriage.
    servileMarriage(cite('Art 1(c)')),
    // Art 1(d) — delivery of a child (under 18) by a parent or guardian for exploitation.
    childDelivery({ provision: cite('Art 1(d)'), child: cite('Art 1(d)') }),
  ],
  cite('Art 1'),
);

export const supplementarySlaveryConvention: Instrument = {
  id: 'supplementary-slavery-convention',
  title: 'Supplementary Convention on the Abolition of Slavery (1956)',
  level: 'international',
  citation: cite('Art 1'),
  adopted: '1956-09-07',
  inForce: { from: '1957-04-30' },
  rule: practicesSimilarToSlavery,
};
