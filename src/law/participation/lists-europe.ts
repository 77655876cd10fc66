// European instruments: the European Convention on Human Rights (ETS 5), the Council of Europe
// Convention on Action against Trafficking in Human Beings (CETS 197) and the EU Trafficking
// Directive 2011/36/EU with the member states it binds. Not checked against the Treaty Office's
// charts or EUR-Lex themselves; believed complete to mid-2025. Rows compared with a Council of
// Europe page (a status page, an announcement, the Treaty Office's record of a state's declarations,
// the anti-trafficking pages on each party) are `checked` and name it (`source`); the rest are
// `unchecked` (`?`), some naming the copy they were compared with.
import { addMonths, firstOfNextMonth, latest, readRows } from './rows.js';
import type { ParticipationList, Source } from './types.js';

const believedComplete = '2025-06-30';

// ECHR Art 59(2)–(3): in force on 3 Sep 1953 (ten ratifications; the tenth was Luxembourg's, and one
// of the ten was the Saar's, which is no state today); for a later ratification, from its deposit.
const echr = `
  AL 1996-10-02 r  AD 1996-01-22 r  AM 2002-04-26 r  AT 1958-09-03 r  BE 1955-06-14 r
  BA 2002-07-12 r  BG 1992-09-07 r  HR 1997-11-05 r  CY 1962-10-06 r  CZ 1993-01-01 d  DK 1953-04-13 r
  EE 1996-04-16 r  FI 1990-05-10 r  GE 1999-05-20 r  DE 1952-12-05 r  GR 1974-11-28 r
  HU 1992-11-05 r  IS 1953-06-29 r  IE 1953-02-25 r  IT 1955-10-26 r  LV 1997-06-27 r  LI 1982-09-08 r
  LT 1995-06-20 r  LU 1953-09-03 r  MT 1967-01-23 r  MC 2005-11-30 r  ME 2006-06-06 d
  NL 1954-08-31 r  MK 1997-04-10 r  PL 1993-01-19 r  PT 1978-11-09 r
  SM 1989-03-22 r  RS 2004-03-03 r  SK 1993-01-01 d  SI 1994-06-28 r  ES 1979-10-04 r
  SE 1952-02-04 r  CH 1974-11-28 r  TR 1954-05-18 r  GB 1951-03-08 r
`;

// Norway's and Romania's deposits, read from the Treaty Office's own record (its pages of each
// state's reservations and declarations to Treaty 005, which name the reservation contained in the
// instrument of ratification and the day it was deposited: 15 Jan 1952 for Norway; 20 Jun 1994 for
// Romania, read 4 Dec 2026): the ECHR rows checked.
const echrTreatyOffice = `
  NO 1952-01-15 r  RO 1994-06-20 r
  FR 1974-05-03 r  MD 1997-09-12 r  AZ 2002-04-15 r  RU 1998-05-05 r  UA 1997-09-11 r
`;

// The Treaty Office's record of a state's reservations to Treaty 005, which names the instrument of
// ratification the reservation was contained in (or appended to) and the day it was deposited: France
// (3 May 1974), the Republic of Moldova (12 Sep 1997), Azerbaijan (15 Apr 2002) and the Russian
// Federation (5 May 1998) and Ukraine (11 Sep 1997), read 4 Dec 2026; the ECHR rows checked. France's and Azerbaijan's days agree
// with the copies the rows were compared with before (the Court's chart of 1994, europeancourt.org).
function treatyOfficeReservations(
  state: string,
  code: string,
  lang: 'en' | 'fr',
  deposited: string,
  asOf: string,
): Source {
  return {
    name: `Council of Europe Treaty Office, reservations to Treaty No. 005 by ${state} (status as of ${asOf}): reservation contained in the instrument of ratification deposited on ${deposited} (read 4 Dec 2026)`,
    url: `https://www.coe.int/${lang}/web/conventions/full-list/-/conventions/treaty/005/declarations?_coeconventions_WAR_coeconventionsportlet_searchBy=state&_coeconventions_WAR_coeconventionsportlet_codePays=${code}&_coeconventions_WAR_coeconventionsportlet_codeNature=2`,
    asOf,
  };
}

const treatyOfficeRussia: Source = {
  name: 'Council of Europe Treaty Office, list of the declarations made by Russia (status as of 23 Oct 2014), Treaty No. 005: reservation appended to the instrument of ratification deposited on 5 May 1998 (read 4 Dec 2026)',
  url: 'http://conventions.coe.int/Treaty/Commun/ListeDeclarations.asp?PO=RUS&NT=&MA=999&CV=1&NA=&CN=999&VL=1&CM=5&CL=ENG',
  asOf: '2014-10-23',
};

const treatyOfficeRomania: Source = {
  name: 'Council of Europe Treaty Office, reservations to Treaty No. 005 by Romania (status as of 21 Oct 2019): reservation contained in the instrument of ratification, deposited on 20 Jun 1994 (read 4 Dec 2026)',
  url: 'https://www.coe.int/en/web/conventions/full-list/-/conventions/treaty/005/declarations?_coeconventions_WAR_coeconventionsportlet_searchBy=state&_coeconventions_WAR_coeconventionsportlet_codePays=ROM&_coeconventions_WAR_coeconventionsportlet_codeNature=2',
  asOf: '2019-10-21',
};

const treatyOfficeNorway: Source = {
  name: 'Council of Europe Treaty Office, reservations and declarations for Treaty No. 005 by Norway (events to 31 Aug 2017): instrument of ratification deposited on 15 Jan 1952',
  url: 'https://www.coe.int/en/web/conventions/search-on-treaties/-/conventions/declarations/results?_coeconventions_WAR_coeconventionsportlet_searchBy=state&_coeconventions_WAR_coeconventionsportlet_codePays=NOR&_coeconventions_WAR_coeconventionsportlet_numSTE=005',
  asOf: '2017-08-31',
};

// A copy of the Treaty Office's chart (in Dutch) on europeancourt.org, whose first rows (Albania to
// Belgium) could be read: the days of ratification and entry into force there agree with these rows.
// A copy, not the Treaty Office's own page: the rows stay `unchecked` and name it.
const europeanCourtCopy: Source = {
  name: 'europeancourt.org, “Europees Verdrag voor de Rechten van de Mens”, table of signatures, ratifications and entry into force (copy of the Treaty Office chart; rows Albania to Belgium read 3 Dec 2026)',
  url: 'https://europeancourt.org/nl/documenten/raad-van-europa/europees-verdrag-voor-de-rechten-van-de-mens',
  asOf: '2026-12-03',
};

// The chart of signatures and ratifications at 31 Dec 1994 that the Court appended (in extracts) to
// its judgment in Loizidou v. Turkey (preliminary objections, 23 Mar 1995), as kypros.org reproduces
// it. Its days of ratification and of entry into force for Austria, the Czech Republic, Finland,
// France, Germany, Hungary, Ireland, Liechtenstein, Malta, the Netherlands, Portugal, Romania, San
// Marino, Slovakia, Spain, Switzerland and the United Kingdom agree with these rows (Germany, Ireland
// and the United Kingdom in force from 3 Sep 1953; the Czech Republic and Slovakia ratified on 18 Mar
// 1992 as Czechoslovakia, in force for them from 1 Jan 1993). A copy: the rows stay `unchecked`.
const loizidouChartCopy: Source = {
  name: 'kypros.org, copy of the judgment Loizidou v. Turkey (preliminary objections, 1995) and its appendix, the chart of signatures and ratifications of the Convention at 31 Dec 1994 (extracts; read 4 Dec 2026)',
  url: 'http://kypros.org/Loizidou/judgapp.html',
  asOf: '1994-12-31',
};

// Bulgaria's own publication of the Convention (State Gazette No. 80 of 2 Oct 1992, ratified by a law
// of 31 Jul 1992), as a Bulgarian blog reproduces its heading: in force for Bulgaria from 7 Sep 1992,
// the day of this row's deposit. A copy of the state's record, not the depositary's: `unchecked`.
const bulgarianGazetteCopy: Source = {
  name: 'Bulgaria, State Gazette No. 80 of 1992 (publication of the Convention, in force for Bulgaria from 7 Sep 1992), heading as reproduced on fdmpch.blogspot.com (read 4 Dec 2026)',
  url: 'http://fdmpch.blogspot.com/p/blog-page_90.html',
  asOf: '1992-10-02',
};

// Greece's first period as a party (ratified 28 Mar 1953, denounced with effect from 13 Jun 1970).
const echrEarlier = `
  GR 1953-03-28 r
`;

export const echrParties: ParticipationList = {
  id: 'servitude',
  title: 'Convention for the Protection of Human Rights and Fundamental Freedoms (ECHR, 1950)',
  short: 'ECHR',
  source: {
    name: 'Council of Europe Treaty Office, chart of signatures and ratifications of Treaty 005',
    url: 'https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=005',
    asOf: believedComplete,
  },
  inForce: '1953-09-03',
  bindsFrom: 'Art 59(3): from 3 Sep 1953, or from the deposit of the state’s ratification if later.',
  checkedThrough: null,
  believedCompleteThrough: believedComplete,
  rows: [
    ...readRows(echrEarlier, {
      bindsFrom: (deposited) => latest('1953-09-03', deposited),
      checked: false,
      endings: {
        GR: {
          until: '1970-06-13',
          note: 'Denounced in 1969, with effect from 13 Jun 1970; ratified again in 1974.',
        },
      },
    }),
    ...readRows(echr, {
      bindsFrom: (deposited) => latest('1953-09-03', deposited),
      checked: false,
      notes: {
        CZ: 'Succeeded to the ratification of Czechoslovakia (18 Mar 1992).',
        SK: 'Succeeded to the ratification of Czechoslovakia (18 Mar 1992).',
        ME: 'Succeeded to the ratification of Serbia and Montenegro (3 Mar 2004).',
      },
      sources: {
        ...Object.fromEntries(['AL', 'AD', 'AM', 'AT', 'BE'].map((state) => [state, europeanCourtCopy])),
        ...Object.fromEntries(
          ['CZ', 'FI', 'DE', 'HU', 'IE', 'LI', 'MT', 'NL', 'PT', 'RO', 'SM', 'SK', 'ES', 'CH', 'GB'].map(
            (state) => [state, loizidouChartCopy],
          ),
        ),
        BG: bulgarianGazetteCopy,
      },
    }),
    ...readRows(echrTreatyOffice, {
      bindsFrom: (deposited) => latest('1953-09-03', deposited),
      endings: {
        RU: {
          until: '2022-09-16',
          note: 'Expelled from the Council of Europe on 16 Mar 2022; ceased to be a party on 16 Sep 2022.',
        },
      },
      sources: {
        NO: treatyOfficeNorway,
        RO: treatyOfficeRomania,
        FR: treatyOfficeReservations('France', 'FRA', 'fr', '3 May 1974', '2019-09-23'),
        MD: treatyOfficeReservations('the Republic of Moldova', 'MOL', 'en', '12 Sep 1997', '2017-06-26'),
        AZ: treatyOfficeReservations('Azerbaijan', 'AZE', 'fr', '15 Apr 2002', '2019-10-14'),
        RU: treatyOfficeRussia,
        // The page's address names Ukraine by the code `U`, as it was read.
        UA: treatyOfficeReservations('Ukraine', 'U', 'en', '11 Sep 1997', '2017-11-19'),
      },
    }),
  ],
};

// CETS 197 Art 42(3)–(4): in force on 1 Feb 2008 (the first day of the month after three months
// from the tenth ratification, Cyprus's of 24 Oct 2007); for a later ratification, the first day of
// the month after three months from its deposit. A period of three months from a deposit on the 29th
// to the 31st may end on the last day of a shorter month (from 29 Nov 2010, on 28 Feb 2011), so the
// day of entry into force is always the first of the fourth month after the month of deposit: 1 Mar
// 2011 for Italy's ratification of 29 Nov 2010, as the Council of Europe's page on Italy gives it
// (adding three months to the day itself would run past the end of February, to 1 Apr 2011).
const coeBindsFrom = (deposited: string) =>
  latest('2008-02-01', firstOfNextMonth(addMonths(`${deposited.slice(0, 7)}-01`, 3)));
const coe = `
  AL 2007-02-06 r  AD 2011-03-23 r  AM 2008-04-14 r  AT 2006-10-12 r  AZ 2010-06-23 r  BE 2009-04-27 r
  BA 2008-01-11 r ?  BG 2007-04-17 r ?  HR 2007-09-05 r ?  CY 2007-10-24 r ?  CZ 2017 r @2017-07-01 ?
  DK 2007-09-19 r ?  EE 2015-02-05 r  FI 2012-05-30 r  FR 2008-01-09 r ?  GE 2007-03-14 r ?
  DE 2012-11-19 r ?  GR 2014-04-11 r  HU 2013-04-04 r  IS 2012-02-23 r ?  IE 2010-07-13 r ?
  IT 2010-11-29 r  LV 2008-03-06 r ?  LI 2016-01-27 r ?  LT 2012-07-26 r ?  LU 2009-04-09 r ?
  MT 2008-01-30 r  MD 2006-05-19 r ?  MC 2015-11-30 r  ME 2008-07-30 r ?  NL 2010-04-22 r ?
  MK 2009-05-27 r ?  NO 2008-01-17 r  PL 2008-11-17 r ?  PT 2008-02-27 r ?  RO 2006-08-21 r ?
  SM 2010-11-29 r ?  RS 2009-04-14 r  SK 2007-03-27 r ?  SI 2009-11-03 r ?  ES 2009-04-02 r ?
  SE 2010-05-31 r  CH 2012-12-17 r ?  TR 2016-05-02 r  UA 2010-11-29 r ?  GB 2008-12-17 r
  BY 2013-11-26 a  IL 2021 a @2021-09-01
`;

// The Council of Europe's own page on the status of CETS 197 (its anti-trafficking pages, listing
// 44 ratifications: the state of early 2016, after Liechtenstein's of 27 Jan 2016 and before
// Türkiye's of 2 May 2016, the only member state it names as having signed without ratifying). The rows Albania to Belgium and Belarus's accession were
// compared with it (Azerbaijan's deposit is 23 Jun 2010 there; the earlier data had 23 May).
const coeStatusPage: Source = {
  name: 'Council of Europe, Action against Trafficking in Human Beings: status of signature and ratification of the Convention (page of early 2016)',
  url: 'http://www.coe.int/t/dghl/monitoring/trafficking/flags-sos_en.asp',
  asOf: '2016-01-27',
};

// The Council of Europe's pages on each party's monitoring (its anti-trafficking site), which give
// the days of signature, ratification and entry into force, read 4 Dec 2026 for Greece, Hungary,
// Italy, Malta, Monaco, Serbia, Sweden, Türkiye and the United Kingdom (Monaco's page, ratified 30 Nov 2015
// and in force 1 Mar 2016, bears out the rule for a deposit at the end of a month). Greece's page gives 11 Apr 2014 for the ratification and 1 Aug
// 2014 for the entry into force (Art 42(4) from 11 Apr); the earlier data had 11 Jul 2014, which
// would have bound Greece only from 1 Nov 2014: corrected.
function coeCountryPage(country: string, path: string, dates: string): Source {
  return {
    name: `Council of Europe, Action against Trafficking in Human Beings, page on ${country}: ${dates} (read 4 Dec 2026)`,
    url: `https://www.coe.int/en/web/anti-human-trafficking/${path}`,
    asOf: '2026-12-04',
  };
}

// The same pages for Finland (read in English) and Estonia (read in French), read 4 Dec 2026:
// Finland signed 29 Aug 2006, ratified 30 May 2012, in force 1 Sep 2012; Estonia signed 3 Feb 2010,
// ratified 5 Feb 2015, in force 1 Jun 2015. Both agree with the rows: checked.
const coeEstoniaPage: Source = {
  name: 'Council of Europe, Lutte contre la traite des êtres humains, page on Estonia (in French): signature 3 Feb 2010, ratification 5 Feb 2015, entry into force 1 Jun 2015 (read 4 Dec 2026)',
  url: 'https://www.coe.int/fr/web/anti-human-trafficking/estonia',
  asOf: '2026-12-04',
};

// The Czech Republic: ratified in 2017, as the Council of Europe's own page announcing GRETA's first
// report on it says; in force for it from 1 Jul 2017, as the Czech Foreign Ministry told the Czech news
// agency (CTK, 30 Mar 2017: signed in May 2016, ratification completed that week, the last of the 47
// member states bar Russia) and as the Secretary General's welcome was reported (RENATE). The row had a
// deposit of 29 Mar 2016, before the Czech signature: corrected to the year 2017 with the day of entry
// into force those records give. The day of deposit (end of March 2017) was not read; the day of entry
// into force is not from the depositary's record, so the row stays unchecked.
const czechRatification: Source = {
  name: 'Council of Europe, Action against Trafficking in Human Beings, “GRETA publishes first report on Czech Republic” (the Convention ratified by the Czech Republic in 2017), and CTK as Prague Monitor reported it on 31 Mar 2017 (the Czech Foreign Ministry: in force for the Czech Republic from 1 Jul 2017); read 4 Dec 2026',
  url: 'https://www.coe.int/en/web/anti-human-trafficking/-/greta-publishes-first-report-on-czech-republic',
  asOf: '2026-12-04',
};

// A copy of the Treaty Office's chart (whatconvention.org, 43 ratifications, so of 2015): its days
// of ratification for Bosnia and Herzegovina, Bulgaria, Croatia, Cyprus and Denmark agree with these
// rows. A copy: they stay `unchecked`.
const whatConventionCopy: Source = {
  name: 'whatconvention.org, ratifications of the Council of Europe Convention on action against trafficking in human beings (copy of the Treaty Office chart, 43 ratifications; read 4 Dec 2026)',
  url: 'https://whatconvention.org/en/ratifications/1516',
  asOf: '2026-12-04',
};

// Israel's accession, from the Council of Europe's announcement of 28 May 2021: the first state
// outside Europe to accede, bound from 1 Sep 2021 (the day of its deposit in 2021 is not recorded here).
const coeIsraelAnnouncement: Source = {
  name: 'Council of Europe newsroom, “Israel accedes to Council of Europe’s anti-human trafficking Convention” (28 May 2021)',
  url: 'https://www.coe.int/en/web/portal/-/israel-accedes-to-council-of-europe-s-anti-human-trafficking-convention',
  asOf: '2021-05-28',
};

export const coeTraffickingConventionParties: ParticipationList = {
  id: 'coe-trafficking-convention',
  title: 'Council of Europe Convention on Action against Trafficking in Human Beings (2005)',
  short: 'CoE Trafficking Convention',
  source: {
    name: 'Council of Europe Treaty Office, chart of signatures and ratifications of Treaty 197',
    url: 'https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=197',
    asOf: believedComplete,
  },
  inForce: '2008-02-01',
  bindsFrom:
    'Art 42(4): the first day of the month after three months from the deposit of the state’s instrument (not before 1 Feb 2008).',
  checkedThrough: null,
  believedCompleteThrough: believedComplete,
  rows: readRows(coe, {
    bindsFrom: coeBindsFrom,
    sources: {
      ...Object.fromEntries(
        ['AL', 'AD', 'AM', 'AT', 'AZ', 'BE', 'BY'].map((state) => [state, coeStatusPage]),
      ),
      ...Object.fromEntries(['BA', 'BG', 'HR', 'CY', 'DK'].map((state) => [state, whatConventionCopy])),
      GR: coeCountryPage('Greece', 'greece1', 'ratified 11 Apr 2014, in force 1 Aug 2014'),
      HU: coeCountryPage('Hungary', 'hungary1', 'ratified 4 Apr 2013, in force 1 Aug 2013'),
      FI: coeCountryPage(
        'Finland',
        'finland1',
        'signed 29 Aug 2006, ratified 30 May 2012, in force 1 Sep 2012',
      ),
      EE: coeEstoniaPage,
      CZ: czechRatification,
      // Not the depositary's record: the row stays unchecked, and agrees with it.
      LV: {
        name: 'Nordic Baltic Network (support to women victims of trafficking), “Latvia has ratified the Council of Europe Trafficking Convention” (6 Mar 2008: instrument of ratification deposited that day); read 4 Dec 2026',
        url: 'http://www.nordicbaltic-assistwomen.net/spip.php?article90',
        asOf: '2008-03-06',
      },
      IT: coeCountryPage('Italy', 'italy1', 'ratified 29 Nov 2010, in force 1 Mar 2011'),
      MT: coeCountryPage('Malta', 'monitoring-malta', 'ratified 30 Jan 2008, in force 1 May 2008'),
      MC: coeCountryPage('Monaco', 'monaco1', 'ratified 30 Nov 2015, in force 1 Mar 2016'),
      RS: coeCountryPage('Serbia', 'serbia1', 'ratified 14 Apr 2009, in force 1 Aug 2009'),
      SE: coeCountryPage('Sweden', 'sweden', 'ratified 31 May 2010, in force 1 Sep 2010'),
      // A Ukrainian law journal (not the depositary): in force for Ukraine from 1 Mar 2011, as the
      // end-of-month rule gives for the deposit of 29 Nov 2010. The row stays unchecked.
      UA: {
        name: 'A. V. Voytsihovskyi, article in the Bulletin of Kharkiv National University of Internal Affairs: the Convention in force for Ukraine from 1 Mar 2011 (read 4 Dec 2026)',
        url: 'https://visnyk.univd.edu.ua/index.php/VNUAF/article/view/150',
        asOf: '2026-12-04',
      },
      // France's own record (not the depositary's): the row stays unchecked, and agrees with it.
      FR: {
        name: 'France, Decree No. 2008-1118 of 31 Oct 2008 publishing the Convention (JORF No. 257 of 4 Nov 2008), in force for France from 1 May 2008, as global-regulation.com reproduces its record (read 4 Dec 2026)',
        url: 'https://www.global-regulation.com/translation/france/1809447/decree-no.-2008---1118-of-october-31%252c-2008%252c-on-the-publication-of-the-convention-of-the-council-of-europe-on-the-fight-against-trafficking-in-huma.html',
        asOf: '2008-11-04',
      },
      TR: coeCountryPage('Türkiye', 't%C3%BCrkiye', 'ratified 2 May 2016, in force 1 Sep 2016'),
      GB: coeCountryPage(
        'the United Kingdom',
        'united-kingdom1',
        'ratified 17 Dec 2008, in force 1 Apr 2009',
      ),
      IL: coeIsraelAnnouncement,
      NO: {
        name: 'Council of Europe, Action against Trafficking in Human Beings, page on Norway: signed 16 May 2005, ratified 17 Jan 2008, in force 1 May 2008 (read 3 Dec 2026)',
        url: 'https://www.coe.int/en/web/anti-human-trafficking/norway',
        asOf: '2026-12-03',
      },
      // Switzerland's own record (not the depositary's): the row stays unchecked, and agrees with it.
      CH: {
        name: 'Swiss Classified Compilation, SR 0.311.543 (status of 9 Mar 2016, in an English translation at global-regulation.com): instrument of ratification deposited on 17 Dec 2012, in force for Switzerland on 1 Apr 2013',
        url: 'https://www.global-regulation.com/translation/switzerland/2976516/rs-0.311.543-convention-of-may-16%252c-2005%252c-on-the-fight-against-trafficking-in-human-beings-human.html',
        asOf: '2016-03-09',
      },
    },
    notes: {
      CZ: 'Ratified in 2017 (the Council of Europe’s page on GRETA’s first report), in force from 1 Jul 2017 (the Czech Foreign Ministry, as CTK reported it on 30 Mar 2017); the row had 29 Mar 2016, before the Czech signature of May 2016, corrected on 4 Dec 2026. The day of deposit was not read.',
      DE: 'Unresolved: KOK e.V. (a German NGO network, press release on the German implementing law) gives 19 Dec 2012 as the day Germany ratified and 1 Apr 2013 as the day the Convention entered into force for it; not yet compared with the Treaty Office’s chart.',
    },
  }),
};

// Directive 2011/36/EU binds the member states to which it is addressed (Art 288 TFEU) from its
// entry into force on 15 Apr 2011, the day of its publication in the Official Journal (Art 24; Art 23
// is on reports; transposition due by 6 Apr 2013, Art 22, as EU Monitor's copy of the Official
// Journal text and its EUR-Lex data give them, read 4 Dec 2026), and a state
// that joins the Union later from its accession. Denmark takes no part (recital 34 and Protocol 22);
// Ireland took part from the start (recital 33); the United Kingdom opted in after adoption and
// was bound until the end of the transition period, 31 Dec 2020 (Withdrawal Agreement Arts 126–127).
const eu = `
  BE 1958-01-01 m  DE 1958-01-01 m  FR 1958-01-01 m  IT 1958-01-01 m  LU 1958-01-01 m  NL 1958-01-01 m
  IE 1973-01-01 m  GB 2011-10-14 m  GR 1981-01-01 m  ES 1986-01-01 m  PT 1986-01-01 m  AT 1995-01-01 m
  FI 1995-01-01 m  SE 1995-01-01 m  CY 2004-05-01 m  CZ 2004-05-01 m  EE 2004-05-01 m  HU 2004-05-01 m
  LV 2004-05-01 m  LT 2004-05-01 m  MT 2004-05-01 m  PL 2004-05-01 m  SK 2004-05-01 m  SI 2004-05-01 m
  BG 2007-01-01 m  RO 2007-01-01 m  HR 2013-07-01 m
`;

export const euTraffickingDirectiveParties: ParticipationList = {
  id: 'eu-trafficking-directive',
  title: 'Directive 2011/36/EU on preventing and combating trafficking in human beings',
  short: 'EU Directive 2011/36',
  source: {
    name: 'EUR-Lex, Directive 2011/36/EU (CELEX 32011L0036) and the acts of accession',
    url: 'https://eur-lex.europa.eu/eli/dir/2011/36/oj',
    asOf: believedComplete,
  },
  inForce: '2011-04-15',
  bindsFrom:
    'Art 24 and Art 288 TFEU: from 15 Apr 2011 for the member states it is addressed to, or from a later accession.',
  checkedThrough: null,
  believedCompleteThrough: believedComplete,
  rows: readRows(eu, {
    bindsFrom: (joined) => latest('2011-04-15', joined),
    checked: false,
    endings: {
      GB: {
        until: '2021-01-01',
        note: 'Opted in after adoption (Commission Decision 2011/692/EU of 14 Oct 2011); bound until the end of the transition period on 31 Dec 2020.',
      },
    },
    notes: {
      IE: 'Took part in the adoption of the Directive (recital 33).',
    },
  }),
  exclusions: {
    DK: 'Denmark is in the European Union but takes no part in this Directive and is not bound by it (recital 34; Protocol No 22 on the position of Denmark).',
  },
};
