// States parties to the instruments of the UN Treaty Collection's chapter XVIII (penal matters) that
// Continuum knows: the Trafficking and Smuggling Protocols (XVIII-12-a, -b), the Slavery Convention
// of 1926 with its 1953 Protocol (XVIII-1, -2, -3) and the Supplementary Convention of 1956 (XVIII-4).
// Facts (dates and kinds of act) read from a copy of the UNTC status pages retrieved on 27 Jan 2014,
// written out here in our own format; entries marked `?` were added after that copy from secondary
// sources and are not checked against the depositary (see README, "Which law binds this case").
import { addDays, latest, readRows } from './rows.js';
import type { ParticipationList, Source } from './types.js';

const untcCopy = '2014-01-27';

function untc(mtdsg: string): Source {
  return {
    name: `UN Treaty Collection, status of treaties, chapter XVIII (${mtdsg})`,
    url: `https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=${mtdsg}&chapter=18`,
    asOf: untcCopy,
  };
}

// Trafficking Protocol Art 17: in force on 25 Dec 2003; for a state depositing later, on the 30th
// day after its deposit (Art 17(2)), and never before the Convention against Transnational
// Organized Crime binds that state (Art 17(1); not modelled: every party here joined both).
const trafficking = `
  AE 2009-01-21 a  AG 2010-02-17 r  AL 2002-08-21 r  AM 2003-07-01 r  AR 2002-11-19 r
  AT 2005-09-15 r  AU 2005-09-14 r  AZ 2003-10-30 r  BA 2002-04-24 r  BE 2004-08-11 r
  BF 2002-05-15 r  BG 2001-12-05 r  BH 2004-06-07 a  BI 2012-05-24 r  BJ 2004-08-30 r
  BO 2006-05-18 r  BR 2004-01-29 r  BS 2008-09-26 r  BW 2002-08-29 r  BY 2003-06-25 r
  BZ 2003-09-26 a  CA 2002-05-13 r  CD 2005-10-28 a  CF 2006-10-06 a  CH 2006-10-27 r
  CI 2012-10-25 a  CL 2004-11-29 r  CM 2006-02-06 r  CN 2010-02-08 a  CO 2004-08-04 r
  CR 2003-09-09 r  CU 2013-06-20 a  CV 2004-07-15 r  CY 2003-08-06 r  DE 2006-06-14 r
  DJ 2005-04-20 a  DK 2003-09-30 r  DM 2013-05-17 a  DO 2008-02-05 r  DZ 2004-03-09 r
  EC 2002-09-17 r  EE 2004-05-12 r  EG 2004-03-05 r  ES 2002-03-01 r  ET 2012-06-22 a
  FI 2006-09-07 A  FM 2011-11-02 a  FR 2002-10-29 r  GA 2010-09-22 a  GB 2006-02-09 r
  GD 2004-05-21 a  GE 2006-09-05 r  GH 2012-08-21 a  GM 2003-05-05 r  GN 2004-11-09 a
  GQ 2003-02-07 r  GR 2011-01-11 r  GT 2004-04-01 a  GW 2007-09-10 r  GY 2004-09-14 a
  HN 2008-04-01 a  HR 2003-01-24 r  HT 2011-04-19 r  HU 2006-12-22 r  ID 2009-09-28 r
  IE 2010-06-17 r  IL 2008-07-23 r  IN 2011-05-05 r  IQ 2009-02-09 a  IS 2010-06-22 r
  IT 2006-08-02 r  JM 2003-09-29 r  JO 2009-06-11 a  KE 2005-01-05 a  KG 2003-10-02 r
  KH 2007-07-02 r  KI 2005-09-15 a  KN 2004-05-21 a  KW 2006-05-12 a  KZ 2008-07-31 a
  LA 2003-09-26 a  LB 2005-10-05 r  LC 2013-07-16 a  LI 2008-02-20 r  LR 2004-09-22 a
  LS 2003-09-24 r  LT 2003-06-23 r  LU 2009-04-20 r  LV 2004-05-25 r  LY 2004-09-24 r
  MA 2011-04-25 a  MC 2001-06-05 r  MD 2005-09-16 r  ME 2006-10-23 d  MG 2005-09-15 r
  MK 2005-01-12 r  ML 2002-04-12 r  MM 2004-03-30 a  MN 2008-06-27 a  MR 2005-07-22 a
  MT 2003-09-24 r  MU 2003-09-24 a  MW 2005-03-17 a  MX 2003-03-04 r  MY 2009-02-26 a
  MZ 2006-09-20 r  NA 2002-08-16 r  NE 2004-09-30 r  NG 2001-06-28 r  NI 2004-10-12 a
  NL 2005-07-27 A  NO 2003-09-23 r  NR 2012-07-12 r  NZ 2002-07-19 r  OM 2005-05-13 a
  PA 2004-08-18 r  PE 2002-01-23 r  PH 2002-05-28 r  PL 2003-09-26 r  PT 2004-05-10 r
  PY 2004-09-22 r  QA 2009-05-29 a  RO 2002-12-04 r  RS 2001-09-06 r  RU 2004-05-26 r
  RW 2003-09-26 r  SA 2007-07-20 r  SC 2004-06-22 r  SE 2004-07-01 r  SI 2004-05-21 r
  SK 2004-09-21 r  SM 2010-07-20 r  SN 2003-10-27 r  SR 2007-05-25 a  ST 2006-08-23 a
  SV 2004-03-18 r  SY 2009-04-08 r  SZ 2012-09-24 r  TD 2009-08-18 a  TG 2009-05-08 r
  TH 2013-10-17 r  TJ 2002-07-08 a  TL 2009-11-09 a  TM 2005-03-28 a  TN 2003-07-14 r
  TR 2003-03-25 r  TT 2007-11-06 r  TZ 2006-05-24 r  UA 2004-05-21 r  US 2005-11-03 r
  UY 2005-03-04 r  UZ 2008-08-12 r  VC 2010-10-29 r  VE 2002-05-13 r  VN 2012-06-08 a
  ZA 2004-02-20 r  ZM 2005-04-24 a  ZW 2013-12-13 a
  AF 2014-08-15 a ?  BB 2014-11-11 r ?  CZ 2014-12-24 r ?  SD 2014-12-02 a ?  LK 2015-06-15 r ?
  SG 2015-09-28 a ?  KR 2015-11-05 r ?  MV 2016-09-14 a ?  JP 2017-07-11 A ?  FJ 2017-09-19 a ?
  BN 2020-03-30 a ?
  AO 2014 P @2014-10-19 ?  BD 2019 P @2019-10-12 ?  KM 2020 P @2020-07-23 ?  AD 2022 P @2022-10-21 ?
  BT 2023-02-20 a ?
  NP 2020 P ?
  ER 2014-09-25 P ?  PK 2022 a ?
`;

// Later parties (Afghanistan to the Comoros only) from the Netherlands treaty database, which gives
// the day each party became bound; for the earlier parties it agrees with the UNTC copy to the day.
// The kind of act is not in that table (\`P\`: became a party). Bangladesh: 12 Oct 2019 there,
// where a secondary source had given a deposit of 11 Jul 2019.
const dutchTreatyDatabaseTrafficking: Source = {
  name: 'Netherlands treaty database (Verdragenbank), parties to the Trafficking Protocol with the day it entered into force for each, as republished by inview.nl (a copy from 2024 or later: it cites Tractatenblad 2024, 34)',
  url: 'https://inview.nl/openCitation/id5f22071a71062b38e6d1e4928434fb5e/protocol-inzake-de-voorkoming-bestrijding-en-bestraffing-van-mensenhandel-in-het-bijzonder-vrouwenhandel-en-kinderhandel-tot-aanvulling-van-het-verdrag-van-de-verenigde-naties-tegen-grensoverschrijdende-georganiseerde-misdaad-verdragpartijgrp',
  asOf: '2024-01-01',
};

// Nepal: a party since 2020 (the year only: the source gives no day of deposit). The UNTC status
// page as at 20 Apr 2024 counts 182 parties, the European Union among them: 181 states, of which
// this list holds 177. The Netherlands treaty database names Eritrea, Pakistan and the State of
// Palestine as parties (with reservations); Eritrea and Pakistan are here from other records (below,
// added 4 Dec 2026). No date of the State of Palestine's was read, so it is absent, and absent means
// unknown, never "not a party"; the other three missing are not identified.
const asiaFoundationNepal: Source = {
  name: 'The Asia Foundation, "Nepal’s Legislative Strides to Combat Human Trafficking: Aligning with the Palermo Protocol" (Nepal ratified in June 2020; Khabarhub, 2 Aug 2022, gives the same year); read on 4 Dec 2026 from a stored copy',
  url: 'https://asiafoundation.org/nepals-legislative-strides-to-combat-human-trafficking-aligning-with-the-palermo-protocol/',
  asOf: '2026-12-04',
};

// Bhutan: acceded on 20 Feb 2023 (UNODC); the Netherlands treaty database gives 22 Mar 2023 as the
// day it entered into force for Bhutan, the 30th day after, as Art 17(2) requires (added 4 Dec 2026;
// the row had the year and that day only). Bhutan's Ministry of Foreign Affairs reports the original
// instrument handed to the Treaty Section on 21 Mar 2023, with the Convention in force from 22 Mar.
const unodcBhutan: Source = {
  name: 'UNODC Regional Office for South Asia, “Bhutan accedes to UNTOC and its Trafficking in Persons Protocol” (20 Feb 2023: acceded that day); the Netherlands treaty database (as republished by inview.nl): in force for Bhutan from 22 Mar 2023; read on 4 Dec 2026 from stored copies',
  url: 'https://www.unodc.org/southasia/en/frontpage/2023/February/bhutan_-bhutan-accedes-to-untoc-and-its-trafficking-in-persons-protocol.html',
  asOf: '2026-12-04',
};

// Eritrea: a party from 25 Sep 2014 as the Antislavery in Domestic Legislation database gives it
// (the day of its act; the kind of act is not given there: `P`). Not the depositary's record.
const antislaveryEritrea: Source = {
  name: 'Antislavery in Domestic Legislation database (University of Nottingham and partners), page on Eritrea: 2000 Protocol to Prevent, Suppress and Punish Trafficking in Persons, 25 Sep 2014; read on 4 Dec 2026 from a stored copy',
  url: 'https://antislaverylaw.ac.uk/country/eritrea/',
  asOf: '2026-12-04',
};

// Pakistan: acceded in November 2022 (the year only is recorded here: the model has no month). The US
// State Department's 2023 Trafficking in Persons Report (reporting period to March 2023) says the
// government acceded to the Protocol; a copy of Wikipedia's article on human trafficking in Pakistan,
// citing it, gives November 2022. No day was read.
const usTipReportPakistan: Source = {
  name: 'US Department of State, 2023 Trafficking in Persons Report, Pakistan (as gvnet.com reproduces it: the government acceded to the UN TIP Protocol), and Wikipedia, “Human trafficking in Pakistan” (as review.clateway.com copies it: ratified in November 2022); read on 4 Dec 2026 from stored copies',
  url: 'http://gvnet.com/humantrafficking/Pakistan-2.htm',
  asOf: '2026-12-04',
};

export const unTraffickingProtocolParties: ParticipationList = {
  id: 'un-trafficking-protocol',
  title:
    'Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (2000)',
  short: 'UN Trafficking Protocol',
  source: untc('XVIII-12-a'),
  inForce: '2003-12-25',
  bindsFrom:
    'Art 17(2): from 25 Dec 2003, or from the 30th day after the state deposits its instrument if later.',
  checkedThrough: untcCopy,
  rows: readRows(trafficking, {
    bindsFrom: (deposited) => latest('2003-12-25', addDays(deposited, 30)),
    sources: {
      ...Object.fromEntries(['AO', 'BD', 'KM', 'AD'].map((state) => [state, dutchTreatyDatabaseTrafficking])),
      BT: unodcBhutan,
      NP: asiaFoundationNepal,
      ER: antislaveryEritrea,
      PK: usTipReportPakistan,
    },
  }),
};

// Smuggling Protocol Art 22: in force on 28 Jan 2004; for a later deposit, the 30th day after it (Art 22(2)).
const smuggling = `
  AG 2010-02-17 a  AL 2002-08-21 r  AM 2003-07-01 r  AR 2002-11-19 r  AT 2007-11-30 r
  AU 2004-05-27 r  AZ 2003-10-30 r  BA 2002-04-24 r  BE 2004-08-11 r  BF 2002-05-15 r
  BG 2001-12-05 r  BH 2004-06-07 a  BI 2012-05-24 r  BJ 2004-08-30 r  BR 2004-01-29 r
  BS 2008-09-26 r  BW 2002-08-29 r  BY 2003-06-25 r  BZ 2006-09-14 a  CA 2002-05-13 r
  CD 2005-10-28 a  CF 2006-10-06 a  CH 2006-10-27 r  CL 2004-11-29 r  CM 2006-02-06 r
  CR 2003-08-07 r  CU 2013-06-20 a  CV 2004-07-15 r  CY 2003-08-06 r  CZ 2013-09-24 r
  DE 2006-06-14 r  DJ 2005-04-20 a  DK 2006-12-08 r  DM 2013-05-17 a  DO 2007-12-10 r
  DZ 2004-03-09 r  EC 2002-09-17 r  EE 2004-05-12 r  EG 2005-03-01 a  ES 2002-03-01 r
  ET 2012-06-22 a  FI 2006-09-07 A  FR 2002-10-29 r  GB 2006-02-09 r  GD 2004-05-21 a
  GE 2006-09-05 r  GH 2012-08-21 a  GM 2003-05-05 r  GN 2005-06-08 a  GR 2011-01-11 r
  GT 2004-04-01 a  GY 2008-04-16 a  HN 2008-11-18 a  HR 2003-01-24 r  HT 2011-04-19 r
  HU 2006-12-22 r  ID 2009-09-28 r  IN 2011-05-05 r  IQ 2009-02-09 a  IT 2006-08-02 r
  JM 2003-09-29 r  KE 2005-01-05 a  KG 2003-10-02 r  KH 2005-12-12 r  KI 2005-09-15 a
  KN 2004-05-21 a  KW 2006-05-12 a  KZ 2008-07-31 a  LA 2003-09-26 a  LB 2005-10-05 r
  LI 2008-02-20 r  LR 2004-09-22 a  LS 2004-09-24 r  LT 2003-05-12 r  LU 2012-09-24 r
  LV 2003-04-23 r  LY 2004-09-24 r  MC 2001-06-05 r  MD 2005-09-16 r  ME 2006-10-23 d
  MG 2005-09-15 r  MK 2005-01-12 r  ML 2002-04-12 r  MM 2004-03-30 a  MN 2008-06-27 a
  MR 2005-07-22 a  MT 2003-09-24 r  MU 2003-09-24 a  MW 2005-03-17 a  MX 2003-03-04 r
  MZ 2006-09-20 r  NA 2002-08-16 r  NE 2009-03-18 a  NG 2001-09-27 r  NI 2006-02-15 a
  NL 2005-07-27 A  NO 2003-09-23 r  NR 2012-07-12 r  NZ 2002-07-19 r  OM 2005-05-13 a
  PA 2004-08-18 r  PE 2002-01-23 r  PH 2002-05-28 r  PL 2003-09-26 r  PT 2004-05-10 r
  PY 2008-09-23 a  RO 2002-12-04 r  RS 2001-09-06 r  RU 2004-05-26 r  RW 2006-10-04 r
  SA 2007-07-20 r  SC 2004-06-22 r  SE 2006-09-06 r  SI 2004-05-21 r  SK 2004-09-21 r
  SM 2010-07-20 r  SN 2003-10-27 r  SR 2007-05-25 a  ST 2006-04-12 a  SV 2004-03-18 r
  SY 2009-04-08 r  SZ 2012-09-24 r  TG 2010-09-28 r  TJ 2002-07-08 a  TL 2009-11-09 a
  TM 2005-03-28 a  TN 2003-07-14 r  TR 2003-03-25 r  TT 2007-11-06 r  TZ 2006-05-24 r
  UA 2004-05-21 r  US 2005-11-03 r  UY 2005-03-04 r  VC 2010-10-29 r  VE 2005-04-19 r
  ZA 2004-02-20 r  ZM 2005-04-24 a
  KR 2015-11-05 r ?  JP 2017-07-11 A ?
`;

// Austria's Federal Law Gazette, reproducing the Secretary-General's notifications (BGBl. III
// No. 117/2010, No. 143/2011 and the next notice), agrees to the day with 28 of its 29 deposits
// here. The 29th, Gabon (22 Sep 2010), is left out: the UNTC copy of 27 Jan 2014 counts 138
// parties with the EU, exactly the 137 states listed, so the depositary's record does not bear it out.

// Later parties read from a later copy of the UNTC's own status table (it lists Barbados's deposit
// of 11 Nov 2014, so it is of that day or later; only its rows Albania to France could be read, and
// every deposit above among them agrees with it to the day): Angola and Barbados, `checked`.
const smugglingLaterUntc = `
  AO 2014-09-19 a  BB 2014-11-11 r
`;

const untcSmugglingLater: Source = {
  name: 'UN Treaty Collection, status of treaties, chapter XVIII (XVIII-12-b): a later copy of the table of participants (undated; it lists Barbados’s ratification of 11 Nov 2014), rows Albania to France, read on 4 Dec 2026 from a stored copy',
  url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=IND&mtdsg_no=XVIII-12-b&chapter=18&lang=en',
  asOf: '2026-12-04',
};

// Accessions of 2025 from Austria's Federal Law Gazette, reproducing the Secretary-General's
// notifications (BGBl. III No. 57/2025, the notice after No. 105/2024): Somalia (25 Mar 2025) and
// South Sudan (9 Apr 2025). Not the depositary's own record: `unchecked`.
const smugglingFromGazette = `
  SO 2025-03-25 a ?  SS 2025-04-09 a ?
`;

// By the year only, from other records than the depositary's (`unchecked`): Fiji (2017: its Mission
// in Geneva told the Conference of the Parties in October 2018 that Fiji had become a party to the
// Convention and its three Protocols in 2017) and the Comoros (2020: UNODC announced it as the 150th
// State Party on 24 Dec 2020, the EU counted among the 150).
// Sudan is a party too: UNODC's Executive Director welcomed its accession to this Protocol at the
// opening of the ninth Conference of the Parties (15 Oct 2018; UNODC press release of 19 Oct 2018,
// which counts 146 parties to this Protocol and 173 to the Trafficking Protocol). No day or year of
// its act was read, so it is left out (unknown), like Afghanistan and Côte d'Ivoire.
const smugglingByYear = `
  FJ 2017 a ?  KM 2020 a ?
`;

const smugglingByYearSources: Readonly<Record<string, Source>> = {
  FJ: {
    name: 'Permanent Mission of Fiji in Geneva, national statement at the 9th session of the Conference of the Parties to the UNTOC (15 Oct 2018): Fiji became a party to the Convention and its three Protocols in 2017; read on 4 Dec 2026 from a stored copy',
    url: 'http://geneva.foreignaffairs.gov.fj/index.php/30-speeches/215-fiji-national-statement-at-9th-session-of-the-conference-of-the-parties-to-the-untoc',
    asOf: '2018-10-15',
  },
  KM: {
    name: 'UNODC, “Comoros commits to preventing and countering the smuggling of migrants” (24 Dec 2020): the Comoros has become the 150th State Party to the Smuggling of Migrants Protocol; read on 4 Dec 2026 from a stored copy',
    url: 'http://unodc.org/unodc/en/frontpage/2020/December/comoros-commits-to-preventing-and-countering-the-smuggling-of-migrants.html',
    asOf: '2020-12-24',
  },
};

const austrianGazetteSmuggling2025: Source = {
  name: 'Austrian Federal Law Gazette, BGBl. III No. 57/2025, notice of the Federal Chancellor on the scope of the Smuggling Protocol (instruments of accession deposited by Somalia on 25 Mar 2025 and South Sudan on 9 Apr 2025, as the Secretary-General notified them); read on 4 Dec 2026 from a stored copy',
  url: 'https://certexternal-www.360.lexisnexis.at/d/b_bgbl_2025_2025_III_57_ce133b8266',
  asOf: '2026-12-04',
};

const smugglingBindsFrom = (deposited: string) => latest('2004-01-28', addDays(deposited, 30));

export const unSmugglingProtocolParties: ParticipationList = {
  id: 'un-smuggling-protocol',
  title: 'Protocol against the Smuggling of Migrants by Land, Sea and Air (2000)',
  short: 'UN Smuggling Protocol',
  source: untc('XVIII-12-b'),
  inForce: '2004-01-28',
  bindsFrom:
    'Art 22(2): from 28 Jan 2004, or from the 30th day after the state deposits its instrument if later.',
  checkedThrough: untcCopy,
  rows: [
    ...readRows(smuggling, { bindsFrom: smugglingBindsFrom }),
    ...readRows(smugglingLaterUntc, { bindsFrom: smugglingBindsFrom, source: untcSmugglingLater }),
    ...readRows(smugglingFromGazette, {
      bindsFrom: smugglingBindsFrom,
      source: austrianGazetteSmuggling2025,
    }),
    ...readRows(smugglingByYear, { bindsFrom: smugglingBindsFrom, sources: smugglingByYearSources }),
  ],
};

// The Slavery Convention of 1926, original (XVIII-3, acts since the UN took over the depositary
// function) and as amended by the 1953 Protocol (XVIII-2). A state that took part in the 1953
// Protocol was already a party to the 1926 Convention (`<`): when it joined under the League of
// Nations is not in this data, so before that date its standing is unknown, not "not a party".
// Art 12: a ratification takes effect from its deposit; the amended Convention is in force from
// 7 Jul 1955, and an accession to it binds from its deposit.
const slavery = `
  AF 1954-08-16 s <  AG 1988-10-25 d  AL 1957-07-02 a  AT 1954-07-16 s <  AU 1953-12-09 s <
  AZ 1996-08-16 a  BA 1993-09-01 d  BB 1976-07-22 d  BD 1985-01-07 a  BE 1962-12-13 s <
  BH 1990-03-27 a  BJ 1962-04-04 d  BO 1983-10-06 a  BR 1966-01-06 a  BS 1976-06-10 d
  BY 1956-09-13 a  CA 1953-12-17 s <  CF 1962-09-04 d  CG 1962-10-15 d  CH 1953-12-07 s <
  CI 1961-12-08 d  CL 1995-06-20 a  CM 1962-03-07 d  CU 1954-06-28 s <  CY 1986-04-21 d
  CZ 1993-02-22 d  DE 1973-05-29 s <  DK 1954-03-03 s <  DM 1994-08-17 d  DZ 1963-11-20 a
  EC 1955-08-17 s <  EG 1954-09-29 s <  ES 1976-11-10 s <  ET 1969-01-21 r  FI 1954-03-19 s <
  FJ 1972-06-12 d  FR 1963-02-14 s <  GB 1953-12-07 s <  GH 1963-05-03 d  GN 1962-03-30 d
  GR 1955-12-12 s <  GT 1983-11-11 a  HR 1992-10-12 d  HU 1958-02-26 s <  IE 1961-08-31 s <
  IL 1955-01-06 a  IN 1954-03-12 s <  IQ 1955-05-23 s <  IT 1954-02-04 s <  JM 1964-07-30 d
  JO 1959-05-05 a  KG 1997-09-05 a  KW 1963-05-28 a  KZ 2008-05-01 a  LC 1990-02-14 d
  LK 1958-03-21 a  LR 1953-12-07 s <  LS 1974-11-04 d  LY 1957-02-14 a  MA 1959-05-11 d
  MC 1954-11-12 s <  ME 2006-10-23 d  MG 1964-02-12 a  MK 1994-01-18 d  ML 1973-02-02 d
  MM 1957-04-29 s <  MN 1968-12-20 a  MR 1986-06-06 a  MT 1966-01-03 d  MU 1969-07-18 d
  MW 1965-08-02 a  MX 1954-02-03 s <  NE 1961-08-25 d  NG 1961-06-26 d  NI 1986-01-14 s <
  NL 1955-07-07 s <  NO 1957-04-11 s <  NP 1963-01-07 a  NZ 1953-12-16 s <  PG 1982-01-27 a
  PH 1955-07-12 a  PK 1955-09-30 a  PY 2007-09-27 a  RO 1957-11-13 s <  RS 2001-03-12 d
  RU 1956-08-08 a  SA 1973-07-05 a  SB 1981-09-03 d  SC 1992-05-05 a  SD 1957-09-09 d
  SE 1954-08-17 s <  SK 1993-05-28 d  SL 1962-03-13 d  SN 1963-05-02 d  SR 1979-10-12 d
  SY 1954-08-04 s <  TG 1962-02-27 d  TM 1997-05-01 a  TN 1966-07-15 a  TR 1955-01-14 s <
  TT 1966-04-11 d  TZ 1962-11-28 a  UA 1959-01-27 a  UG 1964-08-12 a  US 1956-03-07 s <
  UY 2001-06-07 a  VC 1981-11-09 a  VN 1956-08-14 a  YE 1987-02-09 a  ZA 1953-12-29 s <
  ZM 1973-03-26 d
`;

// Ratifications and accessions under the League of Nations (1927–1946), as the UN Treaty
// Collection's page for the original Convention (XVIII-3) lists them: the first eleven entries only
// (the copy read ends there). Each binds from its deposit (Art 12); a state listed here is no longer
// `unknown` before its later act.
const slaveryLeague = `
  AF 1935-11-09 a  AT 1927-08-19 r  US 1929-03-21 a  BE 1927-09-23 r  GB 1927-06-18 r
  CA 1928-08-06 r  AU 1927-06-18 r  NZ 1927-06-18 r  ZA 1927-06-18 r  IE 1930-06-18 a
  IN 1927-06-18 r
`;

const untcSlaveryLeague: Source = {
  name: 'UN Treaty Collection, Multilateral Treaties Deposited with the Secretary-General, chapter XVIII-3 (Slavery Convention, 1926): ratifications or definitive accessions under the League of Nations; first entries, read on 2 Dec 2026 from a stored copy',
  url: 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-3.en.xml',
  asOf: '2026-12-02',
};

export const slaveryConventionParties: ParticipationList = {
  id: 'slavery-convention',
  title: 'Slavery Convention (1926), original and as amended by the Protocol of 1953',
  short: 'Slavery Convention 1926',
  source: untc('XVIII-2'),
  inForce: '1927-03-09',
  bindsFrom:
    'Art 12: from the deposit of the state’s instrument (for the Convention as amended, not before 7 Jul 1955).',
  // The League of Nations' own record (ratifications 1927–1946) is not in this data, so a state
  // missing from the list may still be a party through it: missing means unknown, never "not a party".
  checkedThrough: null,
  rows: [
    ...readRows(slaveryLeague, {
      bindsFrom: (deposited) => deposited,
      source: untcSlaveryLeague,
    }),
    ...readRows(slavery, { bindsFrom: (deposited) => deposited }),
  ],
};

// The 1953 Protocol amending the Slavery Convention (XVIII-1): in force on 7 Dec 1953 (Art III),
// binding each state from its definitive signature or acceptance.
const protocol1953 = `
  AF 1954-08-16 s  AG 1988-10-25 d  AT 1954-07-16 A  AU 1953-12-09 s  AZ 1996-08-16 a
  BA 1993-09-01 d  BB 1976-07-22 d  BD 1985-01-07 A  BE 1962-12-13 A  BO 1983-10-06 a
  BS 1976-06-10 d  CA 1953-12-17 s  CH 1953-12-07 s  CL 1995-06-20 a  CM 1984-06-27 A
  CU 1954-06-28 s  DE 1973-05-29 A  DK 1954-03-03 s  DM 1994-08-17 d  EC 1955-08-17 A
  EG 1954-09-29 A  ES 1976-11-10 s  FI 1954-03-19 A  FJ 1972-06-12 d  FR 1963-02-14 A
  GB 1953-12-07 s  GN 1962-07-12 A  GR 1955-12-12 A  GT 1983-11-11 A  HR 1992-10-12 d
  HU 1958-02-26 A  IE 1961-08-31 A  IL 1955-09-12 A  IN 1954-03-12 s  IQ 1955-05-23 A
  IT 1954-02-04 s  KZ 2008-05-01 a  LC 1990-02-14 d  LR 1953-12-07 s  MA 1959-05-11 A
  MC 1954-11-12 A  ML 1973-02-02 A  MM 1957-04-29 A  MR 1986-06-06 A  MX 1954-02-03 s
  NE 1964-12-07 A  NI 1986-01-14 A  NL 1955-07-07 A  NO 1957-04-11 A  NZ 1953-12-16 s
  PY 2007-09-27 a  RO 1957-11-13 s  RS 2001-03-12 d  SB 1981-09-03 d  SE 1954-08-17 s
  SY 1954-08-04 A  TM 1997-05-01 a  TR 1955-01-14 s  US 1956-03-07 A  VC 1981-11-09 A
  ZA 1953-12-29 s
`;

export const slaveryProtocol1953Parties: ParticipationList = {
  id: 'slavery-protocol-1953',
  title: 'Protocol amending the Slavery Convention signed at Geneva on 25 September 1926 (1953)',
  short: '1953 Slavery Protocol',
  source: untc('XVIII-1'),
  inForce: '1953-12-07',
  bindsFrom: 'Art III: from 7 Dec 1953, or from the state’s definitive signature or acceptance if later.',
  checkedThrough: untcCopy,
  rows: readRows(protocol1953, { bindsFrom: (deposited) => latest('1953-12-07', deposited) }),
};

// Supplementary Convention 1956 (XVIII-4), Art 13: in force on 30 Apr 1957 (when two states were
// parties); for each state joining later, on the date of its deposit.
const supplementary = `
  AF 1966-11-16 a  AG 1988-10-25 d  AL 1958-11-06 a  AR 1964-08-13 a  AT 1963-10-07 a
  AU 1958-01-06 r  AZ 1996-08-16 a  BA 1993-09-01 d  BB 1972-08-09 d  BD 1985-02-05 a
  BE 1962-12-13 r  BG 1958-08-21 r  BH 1990-03-27 a  BO 1983-10-06 a  BR 1966-01-06 a
  BS 1976-06-10 d  BY 1957-06-05 r  CA 1963-01-10 r  CD 1975-02-28 a  CF 1970-12-30 a
  CG 1977-08-25 a  CH 1964-07-28 a  CI 1970-12-10 a  CL 1995-06-20 a  CM 1984-06-27 a
  CU 1963-08-21 r  CY 1962-05-11 d  CZ 1993-02-22 d  DE 1959-01-14 r  DJ 1979-03-21 a
  DK 1958-04-24 r  DM 1994-08-17 d  DO 1962-10-31 a  DZ 1963-10-31 a  EC 1960-03-29 a
  EG 1958-04-17 a  ES 1967-11-21 a  ET 1969-01-21 a  FI 1959-04-01 a  FJ 1972-06-12 d
  FR 1964-05-26 r  GB 1957-04-30 r  GH 1963-05-03 a  GN 1977-03-14 a  GR 1972-12-13 r
  GT 1983-11-11 r  HR 1992-10-12 d  HT 1958-02-12 r  HU 1958-02-26 r  IE 1961-09-18 a
  IL 1957-10-23 r  IN 1960-06-23 r  IQ 1963-09-30 r  IR 1959-12-30 a  IS 1965-11-17 a
  IT 1958-02-12 r  JM 1964-07-30 d  JO 1957-09-27 a  KG 1997-09-05 a  KH 1957-06-12 a
  KW 1963-01-18 a  KZ 2008-05-01 a  LA 1957-09-09 a  LC 1990-02-14 d  LK 1958-03-21 r
  LS 1974-11-04 d  LU 1967-05-01 r  LV 1992-04-14 a  LY 1989-05-16 a  MA 1959-05-11 a
  ME 2006-10-23 d  MG 1972-02-29 a  MK 1994-01-18 d  ML 1973-02-02 a  MN 1968-12-20 a
  MR 1986-06-06 a  MT 1966-01-03 d  MU 1969-07-18 d  MW 1965-08-02 a  MX 1959-06-30 r
  MY 1957-11-18 a  NE 1963-07-22 a  NG 1961-06-26 d  NI 1986-01-14 a  NL 1957-12-03 r
  NO 1960-05-03 r  NP 1963-01-07 a  NZ 1962-04-26 a  PH 1964-11-17 a  PK 1958-03-20 r
  PL 1963-01-10 r  PT 1959-08-10 r  PY 2007-09-27 a  RO 1957-11-13 r  RS 2001-03-12 d
  RU 1957-04-12 r  RW 2006-10-04 a  SA 1973-07-05 a  SB 1981-09-03 d  SC 1992-05-05 a
  SD 1957-09-09 r  SE 1959-10-28 a  SG 1972-03-28 d  SI 1992-07-06 d  SK 1993-05-28 d
  SL 1962-03-13 d  SM 1967-08-29 r  SN 1979-07-19 a  SR 1979-10-12 d  SY 1958-04-17 a
  TG 1980-07-08 a  TM 1997-05-01 a  TN 1966-07-15 a  TR 1964-07-17 r  TT 1966-04-11 d
  TZ 1962-11-28 a  UA 1958-12-03 r  UG 1964-08-12 a  US 1967-12-06 a  UY 2001-06-07 a
  VC 1981-11-09 a  ZM 1973-03-26 d  ZW 1998-12-01 d
`;

export const supplementarySlaveryConventionParties: ParticipationList = {
  id: 'supplementary-slavery-convention',
  title:
    'Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery (1956)',
  short: 'Supplementary Convention 1956',
  source: untc('XVIII-4'),
  inForce: '1957-04-30',
  bindsFrom: 'Art 13(2): from 30 Apr 1957, or from the date the state deposits its instrument if later.',
  checkedThrough: untcCopy,
  rows: readRows(supplementary, { bindsFrom: (deposited) => latest('1957-04-30', deposited) }),
};
