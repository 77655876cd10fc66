// ILO Members bound by the Forced Labour Convention 1930 (C029), its Protocol of 2014 (P029) and the
// Abolition of Forced Labour Convention 1957 (C105). NORMLEX's own tables could not be read in full
// (only the opening of a stored page can be read), so most rows are not checked against it: for C029
// only the year of registration is recorded for most states, so it bound them from some day in the
// twelve months a year later (`unknown` in between); the P029 and C105 lists are partial (a state
// missing from them is `unknown`). The rows read from one of the ILO's own records (a NORMLEX country
// page, an ILO announcement) are `checked` and name it (`source`); rows read from another record name
// it too and stay `unchecked`. See README, "Which law binds this case".
import { addDays, addMonths, latest, readRows } from './rows.js';
import type { NotParties, ParticipationList, Source } from './types.js';

// Wikipedia's table of C105 ratifications, copied there from NORMLEX ("as of October 2022"), read
// from a mirror; rows Afghanistan to Cambodia only (the copy we could read ends there).
const wikipediaC105: Source = {
  name: 'Wikipedia, “Abolition of Forced Labour Convention”, table of ratifications (copied from ILO NORMLEX; status as of October 2022), mirror at cryer.org.uk',
  url: 'http://cryer.org.uk/Abolition_of_Forced_Labour_Convention%2c_1957',
  asOf: '2022-10-31',
};

// The ILO's own lists as the same page gives them (October 2022): the seven UN members that are not
// ILO Members, and so party to no ILO convention, and the nine Members that had not ratified C105.
const notIloMembers: NotParties = {
  states: ['AD', 'BT', 'LI', 'FM', 'MC', 'NR', 'KP'],
  through: '2022-10-31',
  reason: 'was not a Member of the ILO (as of October 2022), and so could not be bound by its conventions',
  source: wikipediaC105,
  certainty: 'unchecked',
};

const c105NotRatified: NotParties = {
  states: ['BN', 'TL', 'LA', 'MH', 'MM', 'PW', 'KR', 'TO', 'TV'],
  through: '2022-10-31',
  reason: 'was one of the nine ILO Members that had not ratified it by October 2022',
  source: wikipediaC105,
  certainty: 'unchecked',
};

// The Netherlands treaty database's table of parties to C105 (days of entry into force for each
// party), as republished by inview.nl; used only where it records a day other than the Art 4(3) rule gives.
const dutchTreatyDatabaseC105 =
  'the Netherlands treaty database (Verdragenbank), parties to the Abolition of Forced Labour Convention';

function normlex(instrumentId: string, code: string): Source {
  return {
    name: `ILO NORMLEX, ratifications of ${code}`,
    url: `https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:11300:0::NO::P11300_INSTRUMENT_ID:${instrumentId}`,
    asOf: '2024-06-30',
  };
}

// C029 Art 28(2)–(3): in force on 1 May 1932 (twelve months after two ratifications were
// registered); for each Member, twelve months after its own ratification is registered.
const c029 = `
  AL 1957 r  DZ 1962 r  AO 1976 r  AG 1983 r  AM 2004 r  AU 1932 r  AT 1960 r  AZ 1992 r
  BS 1976 r  BH 1981 r  BD 1972 r  BB 1967 r  BY 1956 r  BE 1944 r  BZ 1983 r  BJ 1960 r  BO 2005 r
  BA 1993 r  BW 1997 r  BR 1957 r  BF 1960 r  BI 1963 r  CV 1979 r  KH 1969 r  CM 1960 r
  CF 1960 r  TD 1960 r  CL 1933 r  CO 1969 r  KM 1978 r  CG 1960 r
  CK 2015 r  CR 1960 r  CI 1960 r  HR 1991 r  CU 1953 r  CY 1960 r  CZ 1993 r  CD 1960 r  DK 1932 r
  DJ 1978 r  DM 1983 r  DO 1956 r  EC 1954 r  EG 1955 r  SV 1995 r  GQ 2001 r  ER 2000 r
  SZ 1978 r  ET 2003 r  FJ 1974 r  FI 1936 r  FR 1937 r  GA 1960 r  GM 2000 r  GE 1993 r
  GR 1952 r  GD 1979 r  GT 1989 r  GN 1959 r  GW 1977 r  GY 1966 r  HT 1958 r  HN 1957 r
  HU 1956 r  IS 1958 r  ID 1950 r  IR 1957 r  IE 1931 r  IL 1955 r  IT 1934 r
  JM 1962 r  JO 1966 r  KZ 2001 r  KE 1964 r  KI 2000 r  KR 2021-04-20 r  KW 1968 r
  KG 1992 r  LA 1964 r  LV 2006 r  LB 1977 r  LR 1931 r  LY 1961 r
  MG 1960 r  MW 1999 r  MY 1957 r  MV 2013 r  ML 1960 r  MT 1965 r  MR 1961 r  MU 1969 r  MX 1934 r
  MN 2005 r  ME 2006 d  MA 1957 r  MZ 2003 r  MM 1955 r  NA 2000 r  NP 2002 r  NL 1933 r
  NZ 1938 r  NI 1934 r  NE 1961 r  NG 1960 r  MK 1991 d  OM 1998 r  PK 1957 r  PA 1966 r
  PG 1976 r  PY 1967 r  PE 1960 r  PL 1958 r  PT 1956 r  QA 1998 r  RO 1957 r  RU 1956 r
  RW 2001 r  KN 2000 r  LC 1980 r  VC 1998 r  WS 2008 r  SM 1995 r  ST 2005 r  SA 1978 r  SN 1960 r
  RS 2000 r  SC 1978 r  SL 1961 r  SG 1965 r  SK 1993 r  SI 1992 r  SB 1985 r  SO 1960 r  ZA 1997 r
  SS 2012 r  ES 1932 r  LK 1950 r  SD 1957 r  SR 1976 r  SE 1931 r  SY 1960 r  TJ 1993 r
  TZ 1962 r  TH 1969 r  TL 2009 r  TG 1960 r  TT 1963 r  TR 1998 r  TM 1997 r
  UA 1956 r  AE 1982 r  GB 1931-06-03 r  UY 1995 r  UZ 1992 r  VU 2006 r  VE 1944 r  VN 2007 r
  YE 1969 r  ZM 1964 r
`;

// Rows whose day of registration was read from a record of its own (`rowSources`, below, which
// serves C105 too): Ghana and Japan from the ILO's own pages (`checked`); the others from other
// records (`unchecked`).
const c029FromIlo = `
  GH 1957-05-20 r  JP 1932-11-21 r  ZW 1998-08-27 r
`;

const c029FromOthers = `
  NO 1932-07-01 r  AR 1950-03-14 r  CN 2022-08-12 r  BN 2023-06-12 r  IN 1954-11-30 r
  PH 2005-07-15 r  CA 2011-06-13 r
`;

// Read on 3 Dec 2026 from stored copies of these pages; the copy of a page whose date is not known is
// dated by the day it was read.
const read = '2026-12-03';

const normlexGhana: Source = {
  name: 'ILO NORMLEX, “Ratifications for Ghana” (country page: C029 registered 20 May 1957, C105 15 Dec 1958; stored copy of a page of 2024 or later, read 3 Dec 2026)',
  url: 'http://ilo.ch/dyn/normlex/en/f?p=1000%3A11200%3A0%3A%3ANO%3A11200%3AP11200_COUNTRY_ID%3A103231',
  asOf: read,
};

const normlexZimbabwe: Source = {
  name: 'ILO NORMLEX, “Ratifications for Zimbabwe” (country page: C029 and C105 registered 27 Aug 1998, P029 22 May 2019; stored copy of a page of 2024 or later, read 4 Dec 2026)',
  url: 'http://ilo.ch/dyn/normlex/en/f?p=1000:11200:::::P11200_INSTRUMENT_SORT,P11200_COUNTRY_ID:2,103183',
  asOf: '2026-12-04',
};

const rowSources: Readonly<Record<string, Source>> = {
  GH: normlexGhana,
  ZW: normlexZimbabwe,
  JP: {
    name: 'ILO Office for Japan, “Conventions ratified by Japan” (status of 20 Jul 2022): C029 ratified 21 Nov 1932',
    url: 'http://www.ilo.org/tokyo/ilo-japan/conventions-ratified-by-japan/lang--ja/index.htm',
    asOf: '2022-07-20',
  },
  NO: {
    name: 'Government of Norway, report to the ILO on Convention No. 29 for the period ending 31 May 2003, dated September 2003 (“ratification of which was registered on 1 July 1932”; copy of the Government’s site, read 3 Dec 2026)',
    url: 'https://dsos01mstrx23tnprep.dxcloud.episerver.net/en/dokumenter/Report-on-Convention-no-29-concerning-forced-labour-1930/id420363',
    asOf: read,
  },
  AR: {
    name: 'Alliance 8.7, country page for Argentina, table of ILO instruments (C029 in force, ratified 14 Mar 1950; copied from NORMLEX; read 3 Dec 2026)',
    url: 'https://alliance87.org/fr/node/34',
    asOf: read,
  },
  BN: {
    name: 'Borneo Bulletin, “Brunei committed to social justice, fairness in workplace, says minister” (June 2023): instrument of ratification of C029 deposited with the ILO on 12 Jun 2023 (the day Brunei also ratified P029)',
    url: 'https://borneobulletin.com.bn/brunei-committed-to-social-justice-fairness-in-workplace-says-minister',
    asOf: read,
  },
  PH: {
    name: 'Antislavery in Domestic Legislation database (University of Nottingham), country page for the Philippines, table of international instruments (C029 15 Jul 2005, C105 17 Nov 1960; its dates for the Trafficking Protocol, 28 May 2002, and the Supplementary Convention, 17 Nov 1964, agree with the checked rows); read 4 Dec 2026 from a stored copy',
    url: 'https://antislaverylaw.ac.uk/country/philippines/',
    asOf: '2026-12-04',
  },
  IN: {
    name: 'Indian Labour Studies (blog), “ILO ratifications: India”, table copied from the ILO’s database of international labour standards on 31 Oct 2011 (C029 ratified 30 Nov 1954; the year agrees with the list); read 4 Dec 2026 from a stored copy',
    url: 'https://indialabourstudies.blogspot.com/2011/10/ilo-ratifications-india.html',
    asOf: '2011-10-31',
  },
  CA: {
    name: 'humanrightscommitments.ca (a record of Canada’s human rights treaty commitments), “Forced Labour Convention”: Canada ratified on 13 Jun 2011 (the day the list already gave, without a source); read 4 Dec 2026 from a stored copy',
    url: 'https://humanrightscommitments.ca/?p=1033',
    asOf: '2026-12-04',
  },
  CN: {
    name: 'China Daily (Xinhua), “China submits instruments of ratification of forced labor conventions with ILO” (13 Aug 2022): C029 and C105 deposited with the ILO Director-General “on Friday”, 12 Aug 2022',
    url: 'http://www.chinadaily.com.cn/a/202208/13/WS62f70082a310fd2b29e71f67.html',
    asOf: '2022-08-13',
  },
};

// Added 4 Dec 2026 (issue 13): days of registration from governments' official gazettes, which
// published the ILO's communications (`c029Gazettes`, below): not the ILO's own record, so
// `unchecked`. Poland's statement of 6 Aug 1965 also gives Malaysia (3 Mar 1964) and the United
// Republic of Tanganyika and Zanzibar (22 Jun 1964): registrations in the name of the enlarged
// states, later than the years the list gives (1957 for the Federation of Malaya, 1962 for
// Tanganyika), so those rows keep their years; so does Botswana's (1997): Portugal's Diário do
// Governo published its registration of 18 Oct 1966, then the ILO's annulment of it (aviso of 19 Mar
// 1968). The new states that Poland's statement lists as considering themselves bound (1960–61)
// are left as they were: a continuing obligation does not follow the twelve-month rule, and no day
// of entry into force was read for them. Switzerland's day is its
// own compilation's (which gives 23 May 1941 for the entry into force, twelve months later, as Art 28
// requires); Germany's is the ILO's Berlin office's as a compilation of German labour law notes it.
// Moldova, Estonia and Lithuania are bound from the days their own official records give for the
// Convention's entry into force for them (each twelve months after a registration in the year the
// list gives); their days of registration were not read. Bulgaria likewise, from the day a copy of
// its ratification's publication gives (its State Gazette of 1932, as zbut.eu reproduces it).
const c029FromGazettes = `
  IQ 1962-11-27 r  TN 1962-12-17 r  UG 1963-06-04 r  LU 1964-07-24 r  LS 1966-10-31 r
  CH 1940-05-23 r  DE 1956-06-13 r
  MD 2000 r @2001-03-23  EE 1996 r @1997-02-07  LT 1994 r @1995-09-26
  BG 1932 r @1933-09-22
`;

const polishStatementC029 = (country: string, day: string): Source => ({
  name: `Poland, Journal of Laws (Dziennik Ustaw) 1965 No. 39 item 251, government statement of 6 Aug 1965 on C029: ratification by ${country} registered by the Director-General of the ILO on ${day}; read 4 Dec 2026 from a stored copy`,
  url: 'https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/uczestnictwo-szeregu-panstw-w-konwencji-nr-29-dotyczacej-pracy-16786478',
  asOf: '2026-12-04',
});

const c029Gazettes: Readonly<Record<string, Source>> = {
  IQ: polishStatementC029('Iraq', '27 Nov 1962'),
  TN: polishStatementC029('Tunisia', '17 Dec 1962'),
  UG: polishStatementC029('Uganda', '4 Jun 1963'),
  LU: polishStatementC029('Luxembourg', '24 Jul 1964'),
  CH: {
    name: 'Switzerland, Classified Compilation of Federal Law, SR 0.822.713.9 (Convention No. 29): Swiss instrument of ratification deposited on 23 May 1940, in force for Switzerland from 23 May 1941 (status of 11 Jul 2017, as copied by lexaris.io); read 4 Dec 2026 from a stored copy',
    url: 'https://lexaris.io/book/version/documentflat/head/237580',
    asOf: '2026-12-04',
  },
  DE: {
    name: 'umwelt-online, compilation of ILO conventions in German law, Convention No. 29 (listed there as published in BGBl. II 1957 p. 1694): editor’s note that the Federal Republic ratified on 13 Jun 1956, citing the ILO’s Berlin office; read 4 Dec 2026 from a stored copy',
    url: 'https://umwelt-online.de/recht/arbeitss/ilo/ilo_029.htm',
    asOf: '2026-12-04',
  },
  MD: {
    name: 'Republic of Moldova, official edition “Tratate internaţionale” (2001, vol. 27, p. 210), C029 as published in its legal database: ratified by Parliament Decision No. 610-XIV of 1 Oct 1999, in force for the Republic of Moldova from 23 Mar 2001; read 4 Dec 2026 from a stored copy',
    url: 'https://moldlex.md/lexact/1693',
    asOf: '2026-12-04',
  },
  EE: {
    name: 'Estonia, State Gazette (Riigi Teataja), RT II 1995, 45, 201: C029 with the act ratifying some ILO Conventions and the Foreign Ministry’s notice of entry into force; in force for Estonia 7 Feb 1997; read 4 Dec 2026 from a stored copy',
    url: 'https://www.riigiteataja.ee/akt/13120693',
    asOf: '2026-12-04',
  },
  LT: {
    name: 'Lithuania, Ministry of Foreign Affairs, list of ILO conventions binding Lithuania (urm.lt): C029 ratified by law No. I-507 of 23 Jun 1994, in force 26 Sep 1995 (published in Valstybės žinios 1996 No. 27); read 4 Dec 2026 from a stored copy',
    url: 'https://www.urm.lt/tarptautines-sutartys/konvencijos/tarptautine-darbo-organizacija/670',
    asOf: '2026-12-04',
  },
  BG: {
    name: 'zbut.eu (Bulgarian occupational safety portal), C029 as published in Bulgaria: ratified by Decree No. 14 of 7 Jul 1932, promulgated in the State Gazette (Darzhaven vestnik) No. 91 of 26 Jul 1932, in force from 22 Sep 1933; read 4 Dec 2026 from a stored copy',
    url: 'https://zbut.eu/international/konventsiimot/konventsiya-29-otnosno-prinuditelniya-ili-zadalzhitelniya-trud-1930-g/',
    asOf: '2026-12-04',
  },
  LS: {
    name: 'Portugal, Diário do Governo, aviso of 27 March (1967) of the Ministry of Foreign Affairs, publishing the ILO’s communication of instruments of ratification deposited: Lesotho’s of C029 on 31 Oct 1966; read 4 Dec 2026 from a stored copy',
    url: 'https://dre.tretas.org/dre/2469908/aviso-de-27-de-marco',
    asOf: '2026-12-04',
  },
};

const c029BindsFrom = (registered: string) => latest('1932-05-01', addMonths(registered, 12));

export const iloForcedLabourConventionParties: ParticipationList = {
  id: 'ilo-forced-labour-convention',
  title: 'Forced Labour Convention, 1930 (No. 29)',
  short: 'ILO C029',
  source: normlex('312174', 'C029'),
  inForce: '1932-05-01',
  bindsFrom:
    'Art 28(3): twelve months after the Member’s ratification is registered (and not before 1 May 1932, Art 28(2)).',
  checkedThrough: null,
  believedCompleteThrough: '2024-06-30',
  notParties: [notIloMembers],
  rows: [
    ...readRows(c029, { bindsFrom: c029BindsFrom, checked: false }),
    ...readRows(c029FromIlo, { bindsFrom: c029BindsFrom, sources: rowSources }),
    ...readRows(c029FromOthers, { bindsFrom: c029BindsFrom, checked: false, sources: rowSources }),
    ...readRows(c029FromGazettes, { bindsFrom: c029BindsFrom, checked: false, sources: c029Gazettes }),
  ],
};

// P029 Art 8(2)–(3): in force on 9 Nov 2016, twelve months after the second ratification (Niger
// 14 Jul 2015, Norway 9 Nov 2015); for each Member, twelve months after its registration. Partial list.
const p029 = `
  NE 2015-07-14 r  GB 2016-01-22 r  MR 2016 r  ML 2016 r  PA 2016 r
  SD 2021-03-17 r
`;

// Read from other records than the ILO's (named in `sources`, below): not checked against it.
// Estonia's year is NORMLEX's (a comment of its Committee of Experts heads it "Ratification: 2016");
// it was the tenth ratification, after Argentina's of 9 Nov 2016 and by 19 Dec 2016 (50 for Freedom).
// Added 4 Dec 2026 (issue 13): the Netherlands (the 18th, by the campaign's post of 3 Aug 2017,
// which gives no day: 2017, as before) with the record it was read from; Spain by the year, as
// before, now bound from 20 Sep 2018, the day its Official State Gazette gives for the Protocol's
// entry into force for Spain (so registered on 20 Sep 2017, Art 8(3)); the reports of its deposit
// disagree on the day (see the note on the row), so the day of registration is not recorded.
const p029FromOthers = `
  CZ 2016-06-09 r  EE 2016 r  NL 2017 r  ES 2017 r @2018-09-20
`;

const p029OtherSources: Readonly<Record<string, Source>> = {
  CZ: {
    name: 'Czech Republic, Communication of the Ministry of Foreign Affairs No. 32/2017 Coll. of International Treaties: ratification registered by the ILO Director-General on 9 Jun 2016, in force for the Czech Republic from 9 Jun 2017',
    url: 'https://www.fulsoft.cz/33/32-2017-sb-m-s-sdeleni-ministerstva-zahranicnich-veci-o-protokolu-z-roku-2014-k-umluve-o-nucene-praci-z-roku-1930-uniqueidOhwOuzC33qe_hFd_-jrpTjXOeE1-2b7lxUG6m05TKeiwj0JoeGVFeQ/',
    asOf: read,
  },
  NL: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “The Netherlands gives impetus to the global effort to eradicate all forms of forced labour” (3 Aug 2017: ratified, no day given); childlabour2017.org, “The Netherlands became the 18th country in ratifying ILO Forced Labour Protocol”; read 4 Dec 2026 from stored copies',
    url: 'https://50forfreedom.org/blog/news/netherlands/',
    asOf: '2017-08-03',
  },
  ES: {
    name: 'Spain, Official State Gazette (BOE) of 21 Dec 2017, BOE-A-2017-15189, instrument of ratification of the Protocol, as red-on-line.es (12 Jan 2018) and The Diplomat in Spain (7 Jan 2018) report it: in force for Spain from 20 Sep 2018; read 4 Dec 2026 from stored copies',
    url: 'https://www.red-on-line.es/hse/2018/01/12/protocolo-de-2014-relativo-al-convenio-sobre-el-trabajo-forzoso-de-1930-001970',
    asOf: '2018-01-12',
  },
  EE: {
    name: 'ILO NORMLEX, comment of the Committee of Experts on C029 and P029 – Estonia (adopted 2022; “Ratification: 2016”), and 50 for Freedom (ILO campaign), “Estonia commits to combat forced labour” (19 Dec 2016: the tenth ratification)',
    url: 'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A3952821',
    asOf: '2016-12-19',
  },
};

// Denmark (the 17th), Belgium (the 38th: the campaign's post gives 10 Sep 2019 but is dated 10 Aug
// 2019, so only the year is kept), Sri Lanka (NORMLEX's comments head it "Ratification: 2019"),
// Sweden (the 16th, 14 Jun 2017, as reported from the ILO), Namibia (deposited 6 Nov 2017, as
// AllAfrica reported), Thailand (the 24th, 4 Jun 2018, the ILO's announcement as reprinted),
// Kyrgyzstan (NORMLEX's comments head it "Ratification: 2020"), Tajikistan (the 44th), Zimbabwe (the 32nd), Suriname (the 33rd),
// Canada (the 35th), Germany, Côte d'Ivoire (the 41st), Malawi (the 42nd: reported 6 Dec 2019, no day
// given, so the year), Lithuania (the 45th), Costa Rica (the 47th) and Portugal (the 48th), as the
// campaign dates them.
// The 50th to the 59th ratifications, as the ILO's 50 for Freedom campaign numbered and dated them
// (Sudan, the 50th on 17 Mar 2021, is above), with a press report where the campaign gave no day.
// Not the depositary's own record: `unchecked`. Where no day could be read only the year is recorded:
// Luxembourg (the 51st, reported 5 May 2021), Comoros (the 54th, reported 3 Aug 2021) and Peru (the
// 53rd: the campaign's post, dated 14 Jun 2021, gives 18 Jun 2021, so the day is in doubt). Brunei
// (the 61st, 12 Jun 2023) as the ILO's announcement was reprinted; the 60th is Mexico's (11 Jun 2023, below).
const p029FromCampaign = `
  SE 2017-06-14 r  DK 2017-06-14 r  NA 2017-11-06 r  TH 2018-06-04 r  KG 2020 r  BE 2019 r  LK 2019-04-11 r  SR 2019-06-03 r
  CA 2019-06-17 r  DE 2019-06-19 r  CI 2019-11-01 r  MW 2019 r  TJ 2020-01-24 r  LT 2020-03-05 r
  CR 2020-11-16 r
  PT 2020-12-23 r
  SA 2021-05-26 r  PE 2021 r  KM 2021 r  AG 2021-07-28 r  SL 2021-08-25 r
  BD 2022-01-20 r  MY 2022-03-21 r  AU 2022-03-31 r  BN 2023-06-12 r  PK 2025-03-13 r
  JM 2017 r  IL 2018 r  IE 2019 r  AT 2019-09-12 r  LV 2017 r  DJ 2018 r  MZ 2018 r  MT 2019 r
  RU 2019-01-17 r  MX 2023-06-11 r  CY 2017 r  PL 2017 r  BA 2018 r
`;

const fiftyForFreedom = (path: string, title: string, said: string, posted: string): Source => ({
  name: `50 for Freedom (the ILO's campaign for the Protocol), “${title}” (${said})`,
  url: `https://50forfreedom.org/blog/news/${path}/`,
  asOf: posted,
});

// Added 4 Dec 2026. Jamaica (the 14th, at the Conference of June 2017: no day given) and Ireland
// (the 29th, January 2019: no day given) by the year only, which NORMLEX's comments confirm for
// Jamaica; Israel by the year Alliance 8.7 gives (NORMLEX's comment of 2022 welcomes the
// ratification but gives no year); Austria (the 39th) on 12 Sep 2019, as the campaign and Austria's
// Federal Chancellery both give it (and NORMLEX's comments the year): between Lesotho's, the 37th
// (22 Aug 2019), and Uzbekistan's, the 40th (16 Sep 2019), both checked, as the numbering requires.
// Also added 4 Dec 2026, by the year only (the campaign's posts give no day): Latvia (the 22nd;
// the post is of 31 Jan 2018, the year 2017 is NORMLEX's, whose comments head Latvia
// "Ratification: 2017"), Djibouti (the 23rd, June 2018), Mozambique (the 25th, July 2018) and Malta
// (the 30th, February 2019; the Times of Malta reported the deposit in Geneva on 8 Jan 2019). The
// numbering agrees with the rows already here: Thailand, the 24th, on 4 Jun 2018.
// Also added 4 Dec 2026 (issue 13), by the year only: Cyprus (the 12th, by the campaign's post of
// 15 Feb 2017; NORMLEX's comments head it "Ratification: 2017"; its law of ratification was
// published on 9 Dec 2016, so the registration followed it) and Poland (the 13th, by the campaign's
// post of 22 Mar 2017, which gives no day: registered in 2017, after Cyprus and by 22 Mar 2017).
// Mexico's day (was the year only, from NORMLEX's comments): deposited in Geneva on 11 Jun 2023,
// the 60th, the day before Brunei's, the 61st; its decree of promulgation gives 11 Jun 2024 as the
// day the Protocol entered into force for Mexico, twelve months later, as Art 8(3) requires.
// Also added 4 Dec 2026 (issue 13): Bosnia and Herzegovina (the 26th, by the campaign's post of
// 4 Oct 2018, which gives no day; NORMLEX's comments head it "Ratification: 2018") by the year
// only, and Sri Lanka's day (the 31st, 11 Apr 2019, as the campaign gives it; was the year only).
// With them the 26th to the 28th (Bosnia and Herzegovina, Israel, the Russian Federation) and the
// 31st are accounted for; the 34th is Madagascar's (below, from the ILO's announcement).
const p029Added: Readonly<Record<string, Source>> = {
  CY: {
    name: 'ILO NORMLEX, direct request of the Committee of Experts on C029 and P029 – Cyprus (adopted 2021, published 2022; headed “Protocolo de 2014 relativo al Convenio sobre el trabajo forzoso, 1930 – Chipre (Ratificación : 2017)”); 50 for Freedom, “Cyprus bolsters action against modern slavery” (15 Feb 2017: the 12th ratification); read 4 Dec 2026 from stored copies',
    url: 'https://webapps.ilo.org/dyn/normlex/es/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4123059%2Cen%3ANO',
    asOf: '2026-12-04',
  },
  PL: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Poland renews its commitment to combat all forms of forced labour” (22 Mar 2017: the 13th ratification, the third since January 2017; no day of registration given); read 4 Dec 2026 from a stored copy',
    url: 'https://50forfreedom.org/blog/news/poland-renews-its-commitment-to-combat-all-forms-of-forced-labour/',
    asOf: '2017-03-22',
  },
  MX: {
    name: 'ILO Office for Mexico and Cuba, statement of 11 Jun 2023 as reported by Edomex al Día: Mexico’s instrument of ratification deposited that day in Geneva by the Secretary of Labour, joining 59 states (the 60th, as the Secretariat of Labour also gave it); Mexico’s decree of promulgation (Diario Oficial de la Federación, 6 May 2024, as reported by IDC): in force for Mexico from 11 Jun 2024; NORMLEX, comment of the Committee of Experts on C029 and P029 – Mexico (“Ratification: 2023”); read 4 Dec 2026 from stored copies',
    url: 'https://edomexaldia.com/el-estado-mexicano-realiza-el-deposito-del-protocolo-de-2014-relativo-al-convenio-sobre-el-trabajo-forzoso',
    asOf: '2026-12-04',
  },
  RU: {
    name: 'Permanent Mission of the Russian Federation in Geneva, “Depositing the instrument of ratification by the Russian Federation of the 2014 Protocol to the Forced Labour Convention of 1930” (deposited with the ILO Director-General on 17 Jan 2019; NORMLEX’s comments head the Russian Federation “Ratification: 2019”); read 4 Dec 2026 from a stored copy',
    url: 'https://geneva.mid.ru/en_US/web/geneva_en/international-law-and-social-issues/-/asset_publisher/Gx3Med4zxBAF/content/depositing-the-instrument-of-ratification-by-the-russian-federation-of-the-2014-protocol-to-the-forced-labour-convention-of-1930',
    asOf: '2026-12-04',
  },
  LV: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Latvia brings us closer to the 50forFreedom goal” (31 Jan 2018: the 22nd); NORMLEX, comment of the Committee of Experts on C029 and P029 – Latvia (adopted 2023: “Ratification: 2017”)',
    url: 'https://50forfreedom.org/blog/news/latvia-brings-us-closer-to-the-50forfreedom-goal/',
    asOf: '2018-01-31',
  },
  DJ: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Djibouti is determined to fight modern slavery” (4 Jun 2018: the 23rd; no day of deposit given)',
    url: 'https://50forfreedom.org/blog/news/djibouti-is-determined-to-fight-modern-slavery/',
    asOf: '2018-06-04',
  },
  MZ: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Mozambique commits to fight modern slavery” (26 Jul 2018: the 25th; no day of deposit given)',
    url: 'https://50forfreedom.org/blog/news/mozambique/',
    asOf: '2018-07-26',
  },
  MT: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Malta steps up the fight against forced labour” (14 Feb 2019: the 30th); Times of Malta, 8 Jan 2019: the instrument of ratification deposited in Geneva (no day given)',
    url: 'https://50forfreedom.org/blog/news/malta/',
    asOf: '2019-02-14',
  },
  JM: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Jamaica takes the lead in the Caribbean in the fight against modern slavery” (13 Jun 2017: ratified at the International Labour Conference, the 14th); NORMLEX, comment of the Committee of Experts on C029 and P029 – Jamaica (adopted 2023: “Ratification: 2017”)',
    url: 'https://50forfreedom.org/blog/news/jamaica-ratification/',
    asOf: '2017-06-13',
  },
  IL: {
    name: 'Alliance 8.7 (Delta 8.7), data dashboard for Israel (“ILO Protocol of 2014 to the Forced Labour Convention, P029: Ratified 2018”); read 4 Dec 2026 from a stored copy',
    url: 'https://delta87.org/dashboards/israel/',
    asOf: '2026-12-04',
  },
  IE: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Ireland ratifies ILO protocol to combat forced labour, slavery and trafficking” (30 Jan 2019: the 29th; no day of deposit given)',
    url: 'https://50forfreedom.org/blog/uncategorized/ireland/',
    asOf: '2019-01-30',
  },
  AT: {
    name: 'Austrian Federal Chancellery, “Ratifikation des Protokolls von 2014 zum Übereinkommen über Zwangsarbeit, 1930” (ratified 12 Sep 2019, in force for Austria from 12 Sep 2020); 50 for Freedom, “Austria renews commitment to combat forced labour” (12 Sep 2019, the 39th)',
    url: 'https://www.bundeskanzleramt.gv.at/themen/nachhaltige-entwicklung-agenda-2030/erfolgsgeschichten-agenda-2030/ratifikation-des-protokolls-von-2014-zum-uebereinkommen-ueber-zwangsarbeit-1930.html',
    asOf: '2026-12-04',
  },
};

const p029CampaignSources: Readonly<Record<string, Source>> = {
  ...p029Added,
  PK: {
    name: 'Tarkeen-e-Watan, “Pakistan ratifies three international labour standards” (2025, reporting the ILO’s press release): instruments of ratification of the Protocol handed to the ILO Director-General on 13 Mar 2025, during the 353rd session of the Governing Body; read 4 Dec 2026 from a stored copy',
    url: 'https://en.tarkeen-e-watan.com/amp/pakistan-ratifies-three-international-labour-standards',
    asOf: '2026-12-04',
  },
  DK: {
    name: 'Best Current Affairs, “Denmark Ratifies ‘Forced Labour Convention’” (2017), reporting the ILO: instrument of ratification of the Protocol deposited on 14 Jun 2017, the 17th; 50 for Freedom, 6 Jul 2017: seventeen ratifications',
    url: 'https://bestcurrentaffairs.com/denmark-ratifies-forced-labour-convention/',
    asOf: read,
  },
  BE: fiftyForFreedom(
    'belgium-joins-the-global-movement-to-combat-forced-labour',
    'Belgium joins the global movement to combat forced labour',
    'dated 10 Aug 2019: joining 37 other countries, “on 10 September 2019”',
    '2019-08-10',
  ),
  SE: {
    name: 'Best Current Affairs, “Sweden Joins Global Movement Against Forced Labour” (2017), reporting the ILO: ratified on 14 Jun 2017, the 16th; 50 for Freedom, 6 Jul 2017: sixteen ratifications',
    url: 'https://bestcurrentaffairs.com/sweden-joins-global-movement-forced-labour/',
    asOf: read,
  },
  TH: {
    name: 'Thailand News (National News Bureau of Thailand), reprinting ILO News, “Thailand joins the global movement to combat forced labour” (5 Jun 2018): instrument of ratification deposited on 4 Jun 2018, the 24th',
    url: 'https://www.thailandnews.co/2018/06/thailand-joins-the-global-movement-to-combat-forced-labour/',
    asOf: '2018-06-05',
  },
  KG: {
    name: 'ILO NORMLEX, direct request of the Committee of Experts on C029 and P029 – Kyrgyzstan (adopted 2020; “Protocol of 2014 … (Ratification: 2020)”); 50 for Freedom, 17 Nov 2020, reports the ratification without a day',
    url: 'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4051637%2C103529',
    asOf: read,
  },
  TJ: fiftyForFreedom(
    'tajikistan-committed-to-combat-forced-labour',
    'Tajikistan committed to combat forced labour',
    '4 Mar 2020: ratified on 24 Jan 2020, the 44th',
    '2020-03-04',
  ),
  NA: {
    name: 'AllAfrica (New Era), “Namibia to Ratify ILO Convention Protocol Against Forced Labour” (10 Nov 2017): instrument of ratification registered and deposited in Geneva on 6 Nov 2017',
    url: 'http://allafrica.com/stories/201711100478.html',
    asOf: '2017-11-10',
  },
  CA: fiftyForFreedom(
    'canada-determined-to-fight-modern-slavery',
    'Canada determined to fight modern slavery',
    '24 Jun 2019: ratified on 17 Jun 2019, the 35th',
    '2019-06-24',
  ),
  CI: fiftyForFreedom(
    'cote-divoire-ratification-en',
    'Côte d’Ivoire renews it commitment to international labour standards',
    '5 Dec 2019: ratified on 1 Nov 2019, the 41st',
    '2019-12-05',
  ),
  MW: fiftyForFreedom(
    'malawi-ratification',
    'Malawi ratifies ILO Forced Labour Protocol',
    '6 Dec 2019: the 42nd ratification; no day given',
    '2019-12-06',
  ),
  ZW: fiftyForFreedom(
    'zimbabwe-reaffirms-its-commitment-to-eradicate-modern-slavery',
    'Zimbabwe reaffirms its commitment to eradicate modern slavery',
    '27 May 2019: ratified on 22 May 2019, the 32nd',
    '2019-05-27',
  ),
  LT: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “La Lituanie renouvelle son engagement à lutter contre le travail forcé” (9 Mar 2020): ratified on 5 Mar 2020, the 45th',
    url: 'https://50forfreedom.org/fr/blog/actualite/la-lituanie-renouvelle-son-engagement-a-lutter-contre-le-travail-force/',
    asOf: '2020-03-09',
  },
  PT: fiftyForFreedom(
    'portugal-reiterates-its-commitment-to-combat-forced-labour',
    'Portugal reiterates its commitment to combat forced labour',
    '18 Jan 2021: ratified on 23 Dec 2020, joining 47 others',
    '2021-01-18',
  ),
  SR: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), country stories: Suriname ratified on 3 Jun 2019, the 33rd',
    url: 'https://50forfreedom.org/country-stories/?country=Malaysia',
    asOf: read,
  },
  DE: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), country stories: Germany ratified on 19 Jun 2019',
    url: 'https://50forfreedom.org/country-stories/?country=Malaysia',
    asOf: read,
  },
  CR: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), country stories: Costa Rica ratified on 16 Nov 2020, the 47th',
    url: 'https://50forfreedom.org/country-stories/?country=Malaysia',
    asOf: read,
  },
  LK: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Sri Lanka reafirma su compromiso a favor de la lucha contra el trabajo forzoso” (12 Apr 2019): ratified on 11 Apr 2019 at a ceremony of the ILO’s centenary, the 31st (the day added 4 Dec 2026, issue 13; was the year only); ILO NORMLEX, observation of the Committee of Experts on C029 and P029 – Sri Lanka (adopted 2019, published 2021; “Protocol of 2014 … (Ratification: 2019)”)',
    url: 'https://50forfreedom.org/es/blog/home-stories/sri-lanka-reafirma-su-compromiso-a-favor-de-la-lucha-contra-el-trabajo-forzoso/',
    asOf: '2019-04-12',
  },
  BA: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “La Bosnie-Herzégovine réitère son engagement en faveur de l’éradication de l’esclavage moderne” (4 Oct 2018: the 26th ratification, no day given); ILO NORMLEX, comments of the Committee of Experts on C029 and P029 – Bosnia and Herzegovina (“Protocol of 2014 … (Ratification: 2018)”); read 4 Dec 2026 from stored copies',
    url: 'https://50forfreedom.org/fr/blog/actualite/la-bosnie-herzegovine-reitere-son-engagement-en-faveur-de-leradication-de-lesclavage-moderne/',
    asOf: '2018-10-04',
  },
  SA: fiftyForFreedom(
    'saudi-arabia',
    'Saudi Arabia sets a precedent in the Gulf region in the fight against forced labour',
    '27 May 2021: ratified on 26 May 2021, the 52nd',
    '2021-05-27',
  ),
  PE: fiftyForFreedom(
    'peru-ratification',
    'Peru ratifies the ILO’s Protocol to the Forced Labour Convention',
    'dated 14 Jun 2021: the 53rd ratification, “on 18 June 2021”',
    '2021-06-14',
  ),
  KM: fiftyForFreedom(
    'comoros-ratification',
    'Comoros is determined to fight Forced Labour',
    '3 Aug 2021: the 54th ratification; no day given',
    '2021-08-03',
  ),
  AG: fiftyForFreedom(
    'ratification-antigua-and-barbuda',
    'Antigua and Barbuda strengthen their commitment to combat forced labour',
    '17 Aug 2021: ratified on 28 Jul 2021, the 55th',
    '2021-08-17',
  ),
  SL: fiftyForFreedom(
    'sierra-leone-ratification',
    'Sierra Leone “takes step to eliminate compulsory and forced labour”',
    '1 Sep 2021: ratified on 25 Aug 2021, the 56th; the IOE reports it in force for Sierra Leone on 25 Aug 2022',
    '2021-09-01',
  ),
  BD: fiftyForFreedom(
    'bangladesh-ratification',
    'Bangladesh joins the global fight against forced labour',
    '22 Feb 2022: ratified on 20 Jan 2022, the 57th',
    '2022-02-22',
  ),
  MY: {
    name: 'New Straits Times, “Renewing fight against forced labour in all its forms” (April 2022): instrument of ratification deposited with the ILO Director-General on 21 Mar 2022, the 58th; Skrine (law firm), March 2022: in force for Malaysia on 21 Mar 2023',
    url: 'https://api.nst.com.my/opinion/columnists/2022/04/785696/renewing-fight-against-forced-labour-all-its-forms',
    asOf: read,
  },
  BN: {
    name: 'Mirage News, reprinting the ILO’s announcement “Brunei joins global movement against forced labour” (June 2023): instrument of ratification deposited on 12 Jun 2023, the 61st',
    url: 'https://miragenews.com/brunei-joins-global-movement-against-forced-1026891',
    asOf: read,
  },
  AU: fiftyForFreedom(
    'australia-ratification',
    'Australia renews its commitment for “a future where no one is subjected to modern slavery”',
    '7 Apr 2022: ratified on 31 Mar 2022, the 59th',
    '2022-04-07',
  ),
};

// From the ILO's announcements of them: Norway's (the second, which brought the Protocol into force
// twelve months later, on 9 Nov 2016), France's, Argentina's, Iceland's (the 15th), Switzerland's
// (the 20th), Lesotho's (the 37th), Uzbekistan's (the 40th), New Zealand's (the 43rd) and Chile's;
// and Zimbabwe's (the 32nd) from NORMLEX's page of Zimbabwe's ratifications, read 4 Dec 2026, which
// agrees to the day with the campaign's 22 May 2019.
// Added 4 Dec 2026 (issue 13), from the ILO's announcements: Finland (the 11th; the announcement of
// 27 Jan 2017 gives no day, so the year only, as before), Luxembourg (the 51st, deposited on
// 18 Mar 2021; was the year only, from the campaign) and Madagascar (deposited on 11 Jun 2019, in
// force for it from 11 Jun 2020; the 34th, as the campaign numbered it: with it all of the first 49
// ratifications are here).
const p029Announced = `
  NO 2015-11-09 r  FR 2016-06-07 r  AR 2016-11-09 r  IS 2017-06-14 r  CH 2017-09-28 r  LS 2019-08-22 r
  UZ 2019-09-16 r  NZ 2019-12-13 r  CL 2021-01-19 r  ZW 2019-05-22 r  FI 2017 r  LU 2021-03-18 r
  MG 2019-06-11 r
`;

const p029Bindsfrom = (registered: string) => latest('2016-11-09', addMonths(registered, 12));

// Italy (issue 13): its government's bill authorizing the ratification was presented to the Chamber
// of Deputies on 10 Nov 2023, so no Italian ratification was registered by then, and the Protocol
// binds twelve months after registration (Art 8(3)). No deposit was read.
const p029ItalyBill: NotParties = {
  states: ['IT'],
  through: '2024-11-09',
  reason:
    'could not have been bound before 10 Nov 2024: its government’s bill to authorize the ratification was presented to the Chamber of Deputies on 10 Nov 2023 (A.C. 1539), and the Protocol binds a Member only twelve months after its ratification is registered (Art 8(3)); no deposit was read',
  source: {
    name: 'Camera dei Deputati, XIX legislature, bill A.C. 1539, “Ratifica ed esecuzione del Protocollo relativo alla Convenzione dell’OIL n. 29 sul lavoro forzato e obbligatorio”, presented on 10 Nov 2023, as the University of Urbino’s Olympus database republished it; a copy, read 4 Dec 2026',
    url: 'https://www.olympus.uniurb.it/index.php?option=com_content&view=article&id=31098:ddl1539_23&catid=245&Itemid=142',
    asOf: '2026-12-04',
  },
  certainty: 'unchecked',
};

export const iloForcedLabourProtocolParties: ParticipationList = {
  id: 'ilo-forced-labour-protocol',
  title: 'Protocol of 2014 to the Forced Labour Convention, 1930 (P029)',
  short: 'ILO P029',
  source: normlex('3174672', 'P029'),
  inForce: '2016-11-09',
  bindsFrom:
    'Art 8(3): twelve months after the Member’s ratification is registered (and not before 9 Nov 2016).',
  checkedThrough: null,
  // The ILO counted 61 ratifications when Brunei's was registered on 12 Jun 2023, and all 61 are here
  // (tested): a Member not listed had none registered up to 11 Jun 2023, so it was not bound up to
  // 11 Jun 2024 (Art 8(3)); one registered later that day would bind from 12 Jun 2024.
  believedCompleteThrough: '2024-06-11',
  notParties: [notIloMembers, p029ItalyBill],
  rows: [
    ...readRows(p029, { bindsFrom: p029Bindsfrom, checked: false }),
    ...readRows(p029FromOthers, {
      bindsFrom: p029Bindsfrom,
      checked: false,
      sources: p029OtherSources,
      notes: {
        ES: 'In force for Spain from 20 Sep 2018, as its Official State Gazette records, so registered on 20 Sep 2017 (Art 8(3)). The reports of the deposit disagree: the Gazette’s instrument is dated 1 Sep 2017, while The Diplomat in Spain has it signed on 20 Sep and handed to the ILO Director-General in New York the next day; no day of registration is recorded here.',
      },
    }),
    ...readRows(p029FromCampaign, {
      bindsFrom: p029Bindsfrom,
      checked: false,
      sources: p029CampaignSources,
      notes: {
        PK: 'The reports of the ILO’s press release differ by a day: Dawn’s report (as copied by Foresight) has the instruments handed over “on Thursday”, 13 Mar 2025, as this row has it, and the release itself dated Friday; Devdiscourse (17 Mar 2025) gives 14 Mar 2025. The ILO’s own record was not read.',
      },
    }),
    ...readRows(p029Announced, {
      bindsFrom: p029Bindsfrom,
      notes: {
        LU: 'The ILO’s announcement says the instruments deposited that day enter into force for Luxembourg on 18 Mar 2021, the day of deposit; Art 8(3) gives 18 Mar 2022, which this row follows.',
      },
      sources: {
        FI: {
          name: 'ILO news, “Finland joins renewed fight to end forced labour” (27 Jan 2017): instrument of ratification deposited, the eleventh ratification; no day given',
          url: 'http://www.ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_542569/lang--en/index.htm',
          asOf: '2017-01-27',
        },
        MG: {
          name: 'ILO news, “Madagascar takes a leading role in the “One for All” Centenary ratification campaign by ratifying six ILO Conventions” (12 Jun 2019): instruments of ratification of the Protocol and five Conventions deposited on 11 Jun 2019, in force for Madagascar on 11 Jun 2020; 50 for Freedom, “Madagascar steps up action against modern slavery” (21 Jun 2019): the 34th',
          url: 'http://www.ilo.org/global/standards/WCMS_710356/lang--en/index.htm',
          asOf: '2019-06-12',
        },
        LU: {
          name: 'ILO news, “Le Luxembourg ratifie quatre instruments de l’OIT” (21 Apr 2021): instruments of ratification of the Protocol and three Conventions deposited on 18 Mar 2021; the 51st ratification of the Protocol',
          url: 'http://www.oit.org/global/standards/WCMS_781835/lang--fr/index.htm',
          asOf: '2021-04-21',
        },
        ZW: normlexZimbabwe,
        NO: {
          name: 'ILO news, “Norway ratification clinches landmark ILO forced labour protocol” (18 Nov 2015): the second ratification, so that the Protocol enters into force on 9 Nov 2016 (Art 8(2): twelve months after the second registration, which was therefore Norway’s, on 9 Nov 2015)',
          url: 'http://www.ilo.org/global/about-the-ilo/newsroom/news/WCMS_426566/lang--en/index.htm',
          asOf: '2015-11-18',
        },
        FR: {
          name: 'ILO news, “France joins the global movement against forced labour” (14 Jun 2016): instrument of ratification deposited on 7 Jun 2016, the sixth',
          url: 'https://www.ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_490780/lang--en/index.htm',
          asOf: '2016-06-14',
        },
        AR: {
          name: 'ILO news, “Argentina joins the global movement against forced labour” (9 Nov 2016): ratification on 9 Nov 2016, the ninth',
          url: 'http://ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_534549/lang--en/index.htm',
          asOf: '2016-11-09',
        },
        UZ: {
          name: 'ILO news, “Uzbekistan ratifies the Protocol of 2014 to the Forced Labour Convention” (17 Sep 2019): deposited on 16 Sep 2019, the 40th ratification, in force for Uzbekistan from 16 Sep 2020',
          url: 'http://ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_719392/lang--en/index.htm',
          asOf: '2019-09-17',
        },
        IS: {
          name: 'ILO news, “Iceland ratifies the 2014 Protocol to the 1930 ILO Forced Labour Convention” (14 Jun 2017): ratified on 14 Jun 2017, the 15th',
          url: 'https://www.ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_558334/lang--en/index.htm',
          asOf: '2017-06-14',
        },
        CH: {
          name: 'ILO news, “Switzerland reaffirms its commitment to combating all forms of forced labour” (28 Sep 2017): instrument of ratification deposited on 28 Sep 2017, the 20th',
          url: 'http://www.ilo.ch/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_577587/lang--en/index.htm',
          asOf: '2017-09-28',
        },
        LS: {
          name: 'ILO news, “Lesotho joins efforts to combat forced labour” (23 Aug 2019): instrument of ratification deposited on 22 Aug 2019, the 37th',
          url: 'http://ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_718001/lang--en/index.htm',
          asOf: '2019-08-23',
        },
        CL: {
          name: 'ILO news, “Le Chili ratifie le protocole à la convention n° 29” (20 Jan 2021): ratified on 19 Jan 2021, the ILO Director-General welcoming the deposit of the instrument',
          url: 'https://ilo.org/global/standards/WCMS_766657/lang--fr/index.htm',
          asOf: '2021-01-20',
        },
        NZ: {
          name: 'ILO news, “New Zealand renews commitment toward the elimination of forced labour” (16 Dec 2019): instrument of ratification deposited with the Director-General on 13 Dec 2019, the 43rd',
          url: 'http://ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_732516/lang--en/index.htm',
          asOf: '2019-12-16',
        },
      },
    }),
  ],
};

// C105 Art 4(2)–(3): in force on 17 Jan 1959; for each Member, twelve months after its
// registration. Partial list: the best-known acts, including the two denunciations, and the states
// from Afghanistan to Cambodia from a copy of NORMLEX's table (below).
const c105 = `
  GB 1957-12-30 r  MY 1958 r  SG 1965 r
`;

// Ghana from NORMLEX's country page and Japan from the ILO's announcement (`checked`); China from
// the report of its deposit (`unchecked`).
const c105FromIlo = `
  GH 1958-12-15 r  JP 2022-07-19 r  ZW 1998-08-27 r
`;

// Japan's deposit from the ILO's announcement of it (read 3 Dec 2026).
const iloJapanC105: Source = {
  name: 'ILO news, “Le Japon renforce son engagement dans la lutte contre le travail forcé” (19 Jul 2022): instrument of ratification of C105 deposited on 19 Jul 2022, the 177th Member to ratify it',
  url: 'http://ilo.ch/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_851967/lang--fr/index.htm',
  asOf: '2022-07-19',
};

const c105FromOthers = `
  CN 2022-08-12 r  PH 1960-11-17 r
`;

// The year only, as NORMLEX's pages of comments of the Committee of Experts on C105 head each
// Member ("Ratification: 1964"), read 4 Dec 2026 from stored copies; Senegal's day comes from another
// of NORMLEX's pages (a Governing Body report, below). Not the table of ratifications itself, so
// `unchecked`, as for the other years read this way. `@`: the day the Netherlands treaty database
// records the Convention in force for the state (a year after a registration in the year the
// comments give), so the year of doubt a bare year leaves is closed; for the Comoros, its
// independence (6 Jul 1975), from which the database records it bound, as for the new states noted
// below.
const c105FromComments = `
  EG 1958 r  NG 1960 r  TD 1961 r  KE 1964 r  IN 2000 r  TR 1961 r  RU 1998 r  LK 2003 r
  SN 1961-07-28 r  PK 1960 r  UG 1963 r  ID 1999 r
  IT 1968 r  US 1991 r  CM 1962 r  MD 1993 r  UA 2000 r  RO 1998 r  BG 1999 r @2000-03-23
  SD 1970 r  IR 1959 r  SA 1978 r  TZ 1962 r  CI 1961 r  MG 2007 r  GT 1959 r
  PE 1960 r  VE 1964 r  GE 1996 r  CL 1999 r @2000-02-01  EC 1962 r @1963-02-05
  CF 1964 r @1965-06-09  IQ 1959 r  ZA 1997 r  KW 1961 r
  HU 1994 r  ML 1962 r  GN 1961 r  MW 1999 r  LB 1977 r  YE 1969 r  CG 1999 r @2000-11-26
  DJ 1978 r @1979-08-03  SL 1961 r  JM 1962 r  MZ 1977 r  RW 1962 r  TT 1963 r  GA 1961 r  TG 1999 r
  MU 1969 r  LS 2001 r  SZ 1979 r  SC 1978 r  NA 2000 r  PA 1966 r  NI 1967 r  TJ 1999 r  TM 1997 r
  FJ 1974 r  PG 1976 r  OM 2005 r  QA 2007 r  AE 1997 r  LY 1961 r  LV 1992 r  ME 2006 r
  KM 1978 r @1975-07-06  DM 1983 r @1984-02-28  GW 1977 r  SR 1976 r  GQ 2001 r  GD 1979 r
  KI 2000 r  SB 2012 r  VC 1998 r  WS 2008 r  SS 2012 r  KN 2000 r  CK 2015 r @2016-06-12  NE 1962 r
`;

const normlexComment = (country: string, url: string): Source => ({
  name: `ILO NORMLEX, comment of the Committee of Experts on C105 – ${country}, headed with the year of ratification; read 4 Dec 2026 from a stored copy`,
  url,
  asOf: '2026-12-04',
});

const normlexCommentUrl =
  'dyn/normlex/en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A';

const c105CommentSources: Readonly<Record<string, Source>> = {
  EG: normlexComment(
    'Egypt (observation adopted 2001)',
    `http://ilo.int/${normlexCommentUrl}2199410%2C102915`,
  ),
  NG: normlexComment(
    'Nigeria (observation adopted 2022)',
    `http://ilo.org/${normlexCommentUrl}4302351%2C103259`,
  ),
  TD: normlexComment(
    'Chad (an observation)',
    'http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A2099836%2Cen%3ANO',
  ),
  KE: normlexComment(
    'Kenya (observation adopted 2011)',
    `http://ilo.ch/${normlexCommentUrl}2699295%2C103315`,
  ),
  IN: normlexComment(
    'India (a direct request)',
    `https://normlex.ilo.org/${normlexCommentUrl}2262410%2C102691`,
  ),
  TR: normlexComment(
    'Türkiye (direct request adopted 2014)',
    `https://normlex.ilo.org/${normlexCommentUrl}3172712%2C102893`,
  ),
  RU: normlexComment(
    'Russian Federation (direct request adopted 2008)',
    `http://ilo.org/${normlexCommentUrl}2302735%2C102884`,
  ),
  LK: normlexComment(
    'Sri Lanka (direct request adopted 2010)',
    `https://normlex.ilo.org/${normlexCommentUrl}2325829%2C103172`,
  ),
  PK: normlexComment(
    'Pakistan (a direct request)',
    'http://ilo.ch/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4054659%2Cen%3ANO',
  ),
  UG: normlexComment(
    'Uganda (observation adopted 2008)',
    `https://normlex.ilo.org/${normlexCommentUrl}2303027%2C103324`,
  ),
  ID: normlexComment(
    'Indonesia (direct request adopted 2012)',
    `http://ilo.org/${normlexCommentUrl}3079578%2C102938`,
  ),
  SN: {
    name: 'ILO NORMLEX, report of the Governing Body’s committee on the representation by SUDES under article 24 of the ILO Constitution alleging non-observance by Senegal of C105 (1997), para. 2: C105 ratified by Senegal on 28 July 1961; read 4 Dec 2026 from a stored copy',
    url: 'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A50012%3A0%3A%3ANO%3A50012%3AP50012_COMPLAINT_PROCEDURE_ID%2CP50012_LANG_CODE%3A2507026%2Cen%3ANO',
    asOf: '2026-12-04',
  },
  IT: normlexComment(
    'Italy (direct request adopted 2004)',
    `http://oit.org/${normlexCommentUrl}2236535%2C102709`,
  ),
  US: normlexComment(
    'United States of America (direct request adopted 1998)',
    `https://normlex.ilo.org/${normlexCommentUrl}2170117%2C102871`,
  ),
  CM: normlexComment(
    'Cameroon (observation adopted 2001)',
    `https://normlex.ilo.org/${normlexCommentUrl}2203878%2C103038`,
  ),
  MD: normlexComment(
    'Republic of Moldova (direct request adopted 2011)',
    `https://webapps.ilo.org/${normlexCommentUrl}2699242%2C102695`,
  ),
  UA: normlexComment(
    'Ukraine (direct request adopted 2003)',
    `https://normlex.ilo.org/${normlexCommentUrl}2229435%2C102867`,
  ),
  RO: normlexComment(
    'Romania (direct request adopted 2005)',
    `https://normlex.ilo.org/${normlexCommentUrl}2257102%2C102824`,
  ),
  BG: normlexComment(
    'Bulgaria (direct request adopted 2010)',
    `http://ilo.org/${normlexCommentUrl}2333854%2C102576`,
  ),
  SD: normlexComment(
    'Sudan (observation adopted 2004)',
    `http://ilo.org/${normlexCommentUrl}2238043%2C103176`,
  ),
  IR: normlexComment(
    'Iran (Islamic Republic of) (direct request adopted 2022)',
    'http://ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4314983',
  ),
  SA: normlexComment(
    'Saudi Arabia (direct request adopted 1994)',
    `https://normlex.ilo.org/${normlexCommentUrl}2123333%2C103208`,
  ),
  TZ: normlexComment(
    'United Republic of Tanzania (observation adopted 2009)',
    `https://normlex.ilo.org/${normlexCommentUrl}2307133%2C103476`,
  ),
  CI: normlexComment(
    'Côte d’Ivoire (direct request adopted 2025)',
    'https://wwwex.ilo.org/dyn/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4456772%2Cen%3ANO',
  ),
  MG: normlexComment(
    'Madagascar (direct request adopted 2011)',
    `http://ilo.org/${normlexCommentUrl}2699260%2C102955`,
  ),
  GT: normlexComment(
    'Guatemala (observation adopted 2007)',
    `http://ilo.org/${normlexCommentUrl}2278125%2C102667`,
  ),
  PE: normlexComment(
    'Peru (observation adopted 1992)',
    `https://normlex.ilo.org/${normlexCommentUrl}2109805%2C102805`,
  ),
  VE: normlexComment(
    'Venezuela (Bolivarian Republic of) (an observation)',
    'https://normlex.ilo.org/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3057285%2C102880',
  ),
  GE: normlexComment(
    'Georgia (direct request adopted 2016)',
    `http://ilo.org/${normlexCommentUrl}3279455%2C102639`,
  ),
  CL: normlexComment(
    'Chile (direct request adopted 2004)',
    `https://normlex.ilo.org/${normlexCommentUrl}2235397%2C102588`,
  ),
  EC: normlexComment(
    'Ecuador (observation adopted 2004)',
    `http://ilo.org/${normlexCommentUrl}2237966%2C102616`,
  ),
  CF: normlexComment(
    'Central African Republic (observation adopted 2004)',
    `http://ilo.org/${normlexCommentUrl}2237924%2C103381`,
  ),
  IQ: normlexComment(
    'Iraq (direct request adopted 1994)',
    `https://normlex.ilo.org/${normlexCommentUrl}2129080%2C102974`,
  ),
  ZA: normlexComment(
    'South Africa (direct request adopted 2004)',
    `https://normlex.ilo.org/${normlexCommentUrl}2236605%2C102888`,
  ),
  KW: normlexComment(
    'Kuwait (observation adopted 2010)',
    `https://normlex.ilo.org/${normlexCommentUrl}2325438%2C103423`,
  ),
  HU: normlexComment(
    'Hungary (direct request adopted 2010)',
    `http://ilo.org/${normlexCommentUrl}2324002%2C102679`,
  ),
  ML: normlexComment(
    'Mali (direct request adopted 2001)',
    `https://normlex.ilo.org/${normlexCommentUrl}2205629%2C103081`,
  ),
  GN: normlexComment(
    'Guinea (observation adopted 1996)',
    `http://ilo.org/${normlexCommentUrl}2151790%2C103018`,
  ),
  MW: normlexComment(
    'Malawi (direct request adopted 2009)',
    `https://normlex.ilo.org/${normlexCommentUrl}2306895%2C103101`,
  ),
  LB: normlexComment(
    'Lebanon (direct request adopted 2002)',
    `http://ilo.ch/${normlexCommentUrl}2220987%2C103147`,
  ),
  YE: normlexComment(
    'Yemen (direct request adopted 2011)',
    `http://ilo.org/${normlexCommentUrl}2699317%2C103523`,
  ),
  CG: normlexComment(
    'Congo (direct request adopted 2021)',
    `http://ilo.org/${normlexCommentUrl}4123895%2C103376`,
  ),
  DJ: normlexComment(
    'Djibouti (direct request adopted 2006)',
    `http://ilo.org/${normlexCommentUrl}2264151%2C103044`,
  ),
  SL: normlexComment(
    'Sierra Leone (direct request adopted 2021)',
    `https://normlex.ilo.org/${normlexCommentUrl}4116380%2C103269%3ANO`,
  ),
  JM: normlexComment(
    'Jamaica (observation adopted 1996)',
    `http://ilo.org/${normlexCommentUrl}2152077%2C103236`,
  ),
  MZ: normlexComment(
    'Mozambique (observation adopted 1995)',
    `http://ilo.ch/${normlexCommentUrl}2130818%2C102964`,
  ),
  RW: normlexComment(
    'Rwanda (direct request adopted 1995)',
    `https://normlex.ilo.org/${normlexCommentUrl}2131420%2C103460`,
  ),
  TT: normlexComment(
    'Trinidad and Tobago (observation adopted 2011)',
    `https://normlex.ilo.org/${normlexCommentUrl}2699277%2C103138`,
  ),
  GA: normlexComment(
    'Gabon (direct request adopted 2006)',
    `https://normlex.ilo.org/${normlexCommentUrl}2266573%2C103391`,
  ),
  TG: normlexComment(
    'Togo (direct request adopted 2010)',
    `http://ilo.ch/${normlexCommentUrl}2330819%2C103050`,
  ),
  MU: normlexComment(
    'Mauritius (direct request adopted 2023)',
    `http://ilo.org/${normlexCommentUrl}4326734%2C103106`,
  ),
  LS: normlexComment(
    'Lesotho (direct request adopted 2022)',
    'http://ilo.org/dyn/normlex/en/f?p=NORMLEXPUB%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4312976%2C103188%3ANO',
  ),
  SZ: normlexComment(
    'Eswatini (direct request adopted 2022)',
    `http://ilo.org/${normlexCommentUrl}4314134%2C103336`,
  ),
  SC: normlexComment(
    'Seychelles (direct request adopted 1996)',
    `https://normlex.ilo.org/${normlexCommentUrl}2154837%2C103090`,
  ),
  NA: normlexComment(
    'Namibia (direct request adopted 2008)',
    `https://normlex.ilo.org/${normlexCommentUrl}2302825%2C103008`,
  ),
  PA: normlexComment(
    'Panama (direct request adopted 2020; the ILO’s 50 for Freedom campaign, 7 Sep 2016, gives May 1966)',
    'http://ilo.ch/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4046571%2Cen%3ANO',
  ),
  NI: normlexComment(
    'Nicaragua (direct request adopted 1995)',
    `https://normlex.ilo.org/${normlexCommentUrl}2143791%2C102780`,
  ),
  TJ: normlexComment(
    'Tajikistan (direct request adopted 2021)',
    'https://normlex.ilo.org/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4123943%2Cen%3ANO',
  ),
  TM: normlexComment(
    'Turkmenistan (direct request adopted 2011)',
    `http://ilo.org/${normlexCommentUrl}2699323%2C103551`,
  ),
  FJ: normlexComment(
    'Fiji (direct request adopted 2000)',
    `http://ilo.org/${normlexCommentUrl}2197284%2C103278`,
  ),
  PG: normlexComment(
    'Papua New Guinea (direct request adopted 1998)',
    `http://ilo.org/${normlexCommentUrl}2173545%2C103487`,
  ),
  OM: normlexComment(
    'Oman (observation adopted 2016)',
    `http://ilo.org/${normlexCommentUrl}3297274%2C103441`,
  ),
  QA: normlexComment(
    'Qatar (direct request adopted 2010)',
    `https://normlex.ilo.org/${normlexCommentUrl}2329125%2C103429`,
  ),
  AE: normlexComment(
    'United Arab Emirates (direct request adopted 2024)',
    'https://normlex.ilo.org/dyn/nrmlx_en/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A4417162%2C103495%3ANO',
  ),
  LY: normlexComment(
    'Libya (observation adopted 1992)',
    `https://normlex.ilo.org/${normlexCommentUrl}2107724%2C103130`,
  ),
  LV: normlexComment(
    'Latvia (direct request adopted 2018)',
    `https://normlex.ilo.org/${normlexCommentUrl}3953907%2C102738%3ANO`,
  ),
  ME: normlexComment(
    'Montenegro (direct request adopted 2010)',
    `https://normlex.ilo.org/${normlexCommentUrl}2327026%2C102734`,
  ),
  KM: normlexComment(
    'Comoros (direct request adopted 1990)',
    `https://normlex.ilo.org/${normlexCommentUrl}2087187%2C103360`,
  ),
  DM: normlexComment(
    'Dominica (direct request adopted 1996)',
    `http://ilo.org/${normlexCommentUrl}2150014%2C103311`,
  ),
  GW: normlexComment(
    'Guinea-Bissau (direct request adopted 2018)',
    `https://normlex.ilo.org/${normlexCommentUrl}3963725%2C103065`,
  ),
  SR: normlexComment(
    'Suriname (direct request adopted 2009)',
    `http://ilo.ch/${normlexCommentUrl}2307021%2C103287`,
  ),
  GQ: normlexComment(
    'Equatorial Guinea (direct request adopted 2021)',
    'https://normlex.ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4116373',
  ),
  GD: normlexComment(
    'Grenada (direct request adopted 2012)',
    `http://ilo.ch/${normlexCommentUrl}3081998%2C103320`,
  ),
  KI: normlexComment(
    'Kiribati (a comment)',
    'http://ilo.org/dyn/normlex/de/f?p=1000%3A13100%3A0%3A%3ANO%3A13100%3AP13100_COMMENT_ID%2CP13100_COUNTRY_ID%3A3287309%2C103504',
  ),
  SB: normlexComment(
    'Solomon Islands (direct request adopted 2021)',
    `https://webapps.ilo.org/${normlexCommentUrl}4116357%2C103193`,
  ),
  VC: normlexComment(
    'Saint Vincent and the Grenadines (observation adopted 2009)',
    `https://normlex.ilo.org/${normlexCommentUrl}2307055%2C103333`,
  ),
  WS: normlexComment(
    'Samoa (direct request adopted 2012)',
    `https://webapps.ilo.org/${normlexCommentUrl}3056883%2C103295`,
  ),
  SS: normlexComment(
    'South Sudan (direct request adopted 2023)',
    'http://ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4368925',
  ),
  KN: normlexComment(
    'Saint Kitts and Nevis (direct request adopted 2010)',
    `https://webapps.ilo.org/${normlexCommentUrl}2325307%2C103373`,
  ),
  NE: normlexComment(
    'Niger (direct request adopted 2023; French page)',
    'http://ilo.ch/dyn/normlex/fr/f?p=1000%3A13100%3A0%3A%3ANO%3A%3AP13100_COMMENT_ID%2CP13100_LANG_CODE%3A4362078%2Cen%3ANO',
  ),
  CK: normlexComment(
    'the Cook Islands (direct request adopted 2022)',
    'http://ilo.org/dyn/normlex/en/f?p=1000%3A13101%3A0%3A%3ANO%3A13101%3AP13101_COMMENT_ID%3A4305369',
  ),
};

// Added 4 Dec 2026 (issue 13): the day of registration from records that name it. Thailand, Syria,
// Israel and North Macedonia from NORMLEX's pages of their ratifications and Nepal from the ILO's announcement (the
// year only: the Minister handed the ratification to the ILO by 4 Sep 2007, no day given),
// `checked`; the others from copies or national records, `unchecked`, each agreeing with the year
// NORMLEX's comments give where one was read (Canada 1959, Ethiopia 1999, Morocco 1966, Honduras
// 1958, Czechia 1996, Liberia 1962, Kyrgyzstan 1999, Serbia 2003, Eritrea 2000) and, for Canada and Germany, with the day the Netherlands
// treaty database records the Convention in force, twelve months later. Norway by the year only
// (the ILO's campaign) and Mongolia (its news agency) by the year only; the Maldives with the day a
// newspaper gave from the ILO's release. New Zealand, Spain and Colombia by the day Portugal's
// Diário do Governo published from the ILO's communications (New Zealand's year agreeing with its
// Law Society's, Colombia's in-force day with the Netherlands database's), and Slovakia by its
// Foreign Ministry's notice in its Collection of Laws. Finland by the year the ILO's campaign gives;
// Estonia and Costa Rica bound from the day their State Gazette and the Netherlands database record
// the Convention in force, the year of registration twelve months before. Denmark, Haiti, Jordan,
// Sweden, Ireland, the Dominican Republic, El Salvador, Tunisia, the Netherlands and Norway (the
// last four were the year only before) with the day Poland's Journal of Laws gives.
const c105FromIloPages = `
  TH 1969-12-02 r  NP 2007 r  SY 1958-10-23 r  IL 1958-04-10 r  MK 2003-07-15 r
`;

const c105FromRecords = `
  DE 1959-06-22 r  MA 1966-12-01 r  CH 1958-07-18 r  CA 1959-07-14 r  ET 1999-03-24 r
  CU 1958-06-02 r  CD 2001-06-20 r  UZ 1997 r  MR 1997 r  HN 1958-08-04 r  CZ 1996-08-06 r  NO 1958-04-14 r
  LR 1962-05-25 r  KG 1999-02-18 r  PY 1968-05-16 r  MN 2005 r  RS 2003-07-10 r  ER 2000-02-22 r
  LT 1994-09-26 r  UY 1968-11-22 r  MV 2013-01-04 r  NZ 1968-06-14 r  ES 1967-11-06 r  CO 1963-06-07 r
  SK 1997-09-29 r  FI 1960 r  EE 1996 r @1997-02-07  CR 1959 r @1960-05-04
  DK 1958-01-17 r  HT 1958-03-04 r  JO 1958-03-31 r  SE 1958-06-02 r  IE 1958-06-11 r  DO 1958-06-23 r
  SV 1958-11-18 r  TN 1959-01-12 r  NL 1959-02-18 r
  LU 1964 r
`;

const alliance87 = (country: string, path: string, registered: string): Source => ({
  name: `Alliance 8.7, pathfinder country page for ${country}, table of ILO instruments copied from NORMLEX (C105 in force, ${registered}); read 4 Dec 2026 from a stored copy`,
  url: `https://www.alliance87.org/pathfinders/${path}`,
  asOf: '2026-12-04',
});

const antislaveryDatabase = (country: string, path: string, day: string, agrees: string): Source => ({
  name: `Antislavery in Domestic Legislation database (University of Nottingham), country page for ${country}, table of international instruments (C105 ${day}; NORMLEX’s comments head ${agrees}); read 4 Dec 2026 from a stored copy`,
  url: `https://antislaverylaw.ac.uk/country/${path}/`,
  asOf: '2026-12-04',
});

// Poland's Journal of Laws published the ILO's registrations of C105 up to Feb 1959 (19 states); its
// days for the United Kingdom, Austria, Israel, Cuba, Switzerland, Honduras, Syria (as the United
// Arab Republic) and Ghana agree with the rows above.
const polishStatement = (country: string, day: string, agrees?: string): Source => ({
  name: `Poland, Journal of Laws (Dziennik Ustaw) 1959 No. 39 item 241, government statement on C105: ratification by ${country} registered by the Director-General of the ILO on ${day}${agrees ? ` (${agrees})` : ''}; read 4 Dec 2026 from a stored copy`,
  url: 'https://prawo.pl/akty/dz-u-1959-39-241,16784331.html',
  asOf: '2026-12-04',
});

const portugueseAviso = (path: string, title: string, content: string): Source => ({
  name: `Portugal, Diário do Governo, ${title} of the Ministry of Foreign Affairs, publishing the ILO’s communication of ratifications registered or deposited (${content}); read 4 Dec 2026 from a stored copy`,
  url: `https://dre.tretas.org/dre/${path}`,
  asOf: '2026-12-04',
});

const c105RecordSources: Readonly<Record<string, Source>> = {
  TH: {
    name: 'ILO NORMLEX, “Ratifications for Thailand” (country page: C105 registered 2 Dec 1969, in force; stored copy, read 4 Dec 2026)',
    url: 'https://www.ilo.org/dyn/normlex/en/f?p=1000:11200:0::NO:11200:P11200_COUNTRY_ID:102843',
    asOf: '2026-12-04',
  },
  NP: {
    name: 'ILO press release, “Nepal ratifies ILO Forced Labour Convention” (Kathmandu, 4 Sep 2007): approved by the Legislative Parliament on 16 Aug 2007 and submitted to the ILO by the Minister of Labour, the 170th ratification; no day of registration given',
    url: 'https://www.ilo.org/asia/info/public/pr/WCMS_BK_PR_213_EN/lang--en/index.htm',
    asOf: '2007-09-04',
  },
  DE: alliance87('Germany', 'germany', '22 Jun 1959'),
  MA: alliance87('Morocco', 'morocco', '1 Dec 1966'),
  CH: {
    name: 'Switzerland, Classified Compilation SR 0.822.720.5 (Convention No. 105; status of 21 Mar 2013): Swiss instrument of ratification deposited on 18 Jul 1958, in force for Switzerland on 18 Jul 1959; read 4 Dec 2026 from a translated copy',
    url: 'https://www.global-regulation.com/translation/switzerland/2973908/rs-0.822.720.5-convention-n-%253csup%253eo%253c-sup%253e-105-concerning-the-abolition-of-forced-labour.html',
    asOf: '2013-03-21',
  },
  CA: {
    name: 'humanrightscommitments.ca, “Abolition of Forced Labour Convention” (Canada ratified on 14 Jul 1959; NORMLEX’s comments head Canada “Ratification: 1959”); read 4 Dec 2026 from a stored copy',
    url: 'https://humanrightscommitments.ca/abolition-of-forced-labour-convention-2/',
    asOf: '2026-12-04',
  },
  ET: antislaveryDatabase('Ethiopia', 'ethiopia', '24 Mar 1999', 'Ethiopia “Ratification: 1999”'),
  CU: antislaveryDatabase(
    'Cuba',
    'cuba',
    '2 Jun 1958',
    'Cuba “Ratification: 1958”; the Netherlands treaty database records it in force for Cuba from 2 Jun 1959',
  ),
  CD: antislaveryDatabase(
    'the Democratic Republic of the Congo',
    'democratic-republic-of-the-congo',
    '20 Jun 2001',
    'the Democratic Republic of the Congo “Ratification: 2001”; the Netherlands treaty database records it in force from 20 Jun 2002',
  ),
  UZ: {
    name: 'UzDaily, “ILO welcomes Uzbekistan’s efforts to eradicate child and forced labor” (2019), reporting the Committee of Experts’ report: C105 “ratification: 1997”; the year only; read 4 Dec 2026 from a stored copy',
    url: 'https://www.uzdaily.uz/en/ilo-welcomes-uzbekistans-efforts-to-eradicate-child-and-forced-labor',
    asOf: '2026-12-04',
  },
  MR: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Mauritania commits to ending modern slavery” (9 Feb 2016): Mauritania ratified C105 in 1997; the year only',
    url: 'https://50forfreedom.org/blog/news/mauritania-commits-to-ending-modern-slavery/',
    asOf: '2016-02-09',
  },
  SY: {
    name: 'ILO NORMLEX, “Ratifications for Syrian Arab Republic” (country page: C105 registered 23 Oct 1958, in force; NORMLEX’s comments head Syria “Ratification: 1958”; stored copy, read 4 Dec 2026)',
    url: 'http://ilo.org/dyn/normlex/en/f?p=1000%3A11200%3A0%3A%3ANO%3A11200%3AP11200_COUNTRY_ID%3A102923',
    asOf: '2026-12-04',
  },
  IL: {
    name: 'ILO NORMLEX, “Ratifications for Israel” (country page: C105 registered 10 Apr 1958, in force; NORMLEX’s comments head Israel “Ratification: 1958”; stored copy, read 4 Dec 2026)',
    url: 'https://webapps.ilo.org/dyn/normlex/en/f?p=1000%3A11200%3A0%3A%3ANO%3A11200%3AP11200_COUNTRY_ID%3A102934',
    asOf: '2026-12-04',
  },
  LR: antislaveryDatabase('Liberia', 'liberia', '25 May 1962', 'Liberia “Ratification: 1962”'),
  KG: antislaveryDatabase('Kyrgyzstan', 'kyrgyzstan', '18 Feb 1999', 'Kyrgyzstan “Ratification: 1999”'),
  RS: antislaveryDatabase('Serbia', 'serbia', '10 Jul 2003', 'Serbia “Ratification: 2003”'),
  ER: antislaveryDatabase('Eritrea', 'eritrea', '22 Feb 2000', 'Eritrea “Ratification: 2000”'),
  LT: {
    name: 'Antislavery in Domestic Legislation database (University of Nottingham), country page for Lithuania, table of international instruments (C105 26 Sep 1994; no comment of NORMLEX on C105 for Lithuania was read); read 4 Dec 2026 from a stored copy',
    url: 'https://antislaverylaw.ac.uk/country/lithuania/',
    asOf: '2026-12-04',
  },
  UY: {
    name: 'Antislavery in Domestic Legislation database (University of Nottingham), country page for Uruguay, table of international instruments (C105 22 Nov 1968; no comment of NORMLEX on C105 for Uruguay was read); read 4 Dec 2026 from a stored copy',
    url: 'https://antislaverylaw.ac.uk/country/uruguay/',
    asOf: '2026-12-04',
  },
  MV: {
    name: 'The Sunday Times (Sri Lanka), “Maldives ratifies eight ILO Conventions” (20 Jan 2013), reporting the ILO’s release: the eight fundamental Conventions, C105 among them, ratified on 4 Jan 2013 (NORMLEX’s comments head the Maldives “Ratification: 2013”); read 4 Dec 2026 from a stored copy',
    url: 'http://sundaytimes.lk/130120/business-times/maldives-ratifies-eight-ilo-conventions-28709.html',
    asOf: '2013-01-20',
  },
  NZ: portugueseAviso(
    '2470498/aviso-de-8-de-outubro',
    'aviso of 8 Oct 1968',
    'note of 30 Sep 1968: New Zealand’s ratification of C105 registered on 14 Jun 1968, with a declaration applying it to Niue and Tokelau; New Zealand’s Law Society, on a report of Parliament, gives the year 1968',
  ),
  ES: portugueseAviso(
    '2470279/aviso-de-19-de-marco',
    'aviso of 19 Mar 1968',
    'note of 6 Mar 1968: Spain’s ratifications of C100, C105 and C111 registered on 6 Nov 1967',
  ),
  CO: portugueseAviso(
    '2469000/aviso-de-5-de-novembro',
    'aviso of 5 November (the year not shown in the copy)',
    'Colombia’s instrument of ratification of C105 deposited on 7 Jun 1963, and Afghanistan’s on 16 May 1963, the day this list gives; the Netherlands treaty database records C105 in force for Colombia from 7 Jun 1964',
  ),
  FI: {
    name: '50 for Freedom (the ILO’s campaign for the Protocol), “Finland pledges to combat forced labour” (27 Jan 2017): Finland ratified C105 in 1960; the year only',
    url: 'https://50forfreedom.org/blog/news/finland-pledges-to-combat-forced-labour/',
    asOf: '2017-01-27',
  },
  EE: {
    name: 'Estonia, State Gazette (Riigi Teataja), RT II 1995, 45, 201: C105 with the act ratifying some ILO Conventions and the Foreign Ministry’s notice of entry into force; in force for Estonia 7 Feb 1997; read 4 Dec 2026 from a stored copy',
    url: 'https://www.riigiteataja.ee/akt/13120697',
    asOf: '2026-12-04',
  },
  CR: {
    name: 'The Netherlands treaty database (Verdragenbank), parties to the Abolition of Forced Labour Convention, as copied by inview.nl: Costa Rica, in force 4 May 1960 (no comment of NORMLEX on C105 for Costa Rica was read); read 4 Dec 2026 from a stored copy',
    url: 'https://inview.nl/openCitation/id6bc5626abce03574277b8c85a32e78ab/verdrag-betreffende-de-afschaffing-van-gedwongen-arbeid-verdragpartijgrp',
    asOf: '2026-12-04',
  },
  SK: {
    name: 'Slovak Republic, Collection of Laws No. 340/1998, communication of the Ministry of Foreign Affairs on C105: the instrument of ratification deposited with and registered by the Director-General of the ILO on 29 Sep 1997, in force for the Slovak Republic on 29 Sep 1998; read 4 Dec 2026 from a stored copy',
    url: 'https://www.zakonypreludi.sk/zz/1998-340',
    asOf: '2026-12-04',
  },
  MK: {
    name: 'ILO NORMLEX, “Ratifications for North Macedonia” (country page: C105 registered 15 Jul 2003, in force; stored copy, read 4 Dec 2026)',
    url: 'https://webapps.ilo.org/dyn/normlex/en/f?p=1000%3A11200%3A0%3A%3ANO%3A11200%3AP11200_COUNTRY_ID%3A103555',
    asOf: '2026-12-04',
  },
  PY: {
    name: 'Antislavery in Domestic Legislation database (University of Nottingham), country page for Paraguay, table of international instruments (C105 16 May 1968; no comment of NORMLEX on C105 for Paraguay was read); read 4 Dec 2026 from a stored copy',
    url: 'https://antislaverylaw.ac.uk/country/paraguay/',
    asOf: '2026-12-04',
  },
  MN: {
    name: 'Montsame (Mongolia’s national news agency), “Lawyers discuss possibility to join 2014 protocol of Forced Labour Convention” (13 Dec 2018): Mongolia joined C029 and C105 in 2005; the year only; read 4 Dec 2026 from a stored copy',
    url: 'https://www.montsame.mn/en/read/174277',
    asOf: '2018-12-13',
  },
  HN: {
    name: 'Alliance 8.7, country page for Honduras, table of ILO instruments copied from NORMLEX (C105 in force, 4 Aug 1958; NORMLEX’s comments head Honduras “Ratification: 1958”); read 4 Dec 2026 from a stored copy',
    url: 'https://alliance87.org/fr/node/43',
    asOf: '2026-12-04',
  },
  CZ: {
    name: 'Czech Republic, Collection of Laws No. 231/1998, communication of the Ministry of Foreign Affairs on C105: ratification registered by the Director-General of the ILO on 6 Aug 1996, in force for the Czech Republic on 6 Aug 1997 (NORMLEX’s comments head Czechia “Ratification: 1996”); read 4 Dec 2026 from a stored copy',
    url: 'https://mezisoudy.cz/mezinarodni-umluvy/umluva-c-105-o-odstraneni-nucene-prace',
    asOf: '2026-12-04',
  },
  NO: polishStatement('Norway', '14 Apr 1958', 'the ILO’s 50 for Freedom campaign gives the year 1958'),
  DK: polishStatement(
    'Denmark',
    '17 Jan 1958',
    'the second registration, from which the Convention entered into force twelve months later; the Netherlands treaty database records it in force for Denmark from 17 Jan 1959',
  ),
  HT: polishStatement('Haiti', '4 Mar 1958'),
  JO: polishStatement('Jordan', '31 Mar 1958', 'NORMLEX’s comments head Jordan “Ratification: 1958”'),
  SE: polishStatement('Sweden', '2 Jun 1958'),
  IE: polishStatement('Ireland', '11 Jun 1958'),
  DO: polishStatement(
    'the Dominican Republic',
    '23 Jun 1958',
    'NORMLEX’s comments head it “Ratification: 1958”; the Netherlands treaty database records it in force from 23 Jun 1959',
  ),
  SV: polishStatement('El Salvador', '18 Nov 1958'),
  TN: polishStatement('Tunisia', '12 Jan 1959', 'NORMLEX’s comments head Tunisia “Ratification: 1959”'),
  NL: polishStatement('the Netherlands', '18 Feb 1959'),
  LU: portugueseAviso(
    '2469022/aviso-de-21-de-novembro',
    'aviso of 21 November (the year not shown in the copy; 1964, since it reports Luxembourg’s deposit for C029, which Poland’s Journal of Laws, Dz.U. 1965 No. 39 item 251, dates 24 Jul 1964, and names the United Republic of Tanganyika and Zanzibar, so called from April to October 1964)',
    'Luxembourg’s instruments of ratification of C029 and C105 deposited, in one entry and with no day, beside the Central African Republic’s C105, which NORMLEX’s comments date 1964',
  ),
};

// Added 4 Dec 2026 (issue 13). For some Members missing from the rows, the day their own authorities
// approved the ratification was read, but not the day the ILO registered it. A ratification cannot be
// registered before it is approved, and C105 binds a Member twelve months after registration
// (Art 4(3)), so each was not bound before the anniversary of its approval: `not_party` up to the day
// before. After that day each is `unknown` until a row says more. Not the depositary's record:
// `unchecked`.
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** An ISO day in the words the lists' notes use, e.g. 2 Oct 1997. */
const words = (day: string) =>
  `${Number(day.slice(8))} ${months[Number(day.slice(5, 7)) - 1]} ${day.slice(0, 4)}`;

const approvedOn = (
  state: string,
  approved: string,
  notBefore: string,
  by: string,
  source: Omit<Source, 'asOf'>,
): NotParties => ({
  states: [state],
  through: addDays(notBefore, -1),
  reason: `could not have been bound before ${words(notBefore)}: ${by} on ${words(approved)}, and the Convention binds a Member only twelve months after its ratification is registered (Art 4(3)); the day the ILO registered it is not recorded here`,
  source: { ...source, asOf: '2026-12-04' },
  certainty: 'unchecked',
});

const c105ApprovedOnly: NotParties[] = [
  approvedOn('PL', '1958-06-23', '1959-06-23', 'its Council of State issued the act of ratification', {
    name: 'Poland, Journal of Laws (Dziennik Ustaw) 1959 No. 39 item 240: C105 with the Council of State’s act of ratification dated 23 Jun 1958; read 4 Dec 2026 from a stored copy (LEX)',
    url: 'https://sip.lex.pl/akty-prawne/dzu-dziennik-ustaw/konwencja-nr-105-o-zniesieniu-pracy-przymusowej-genewa-1957-06-25-16784330',
  }),
  approvedOn('PT', '1959-07-13', '1960-07-13', 'its Decree-Law No. 42 381 approved it for ratification', {
    name: 'Portugal, Decree-Law No. 42 381 of 13 Jul 1959 (Diário do Governo I, No. 158), approving C105 for ratification, as Macau’s Boletim Oficial republished it; read 4 Dec 2026 from a stored copy',
    url: 'https://bo.io.gov.mo/bo/i/59/48/decretolei42381.asp?printer=1',
  }),
  approvedOn('HR', '1996-10-02', '1997-10-02', 'its House of Representatives adopted the law ratifying it', {
    name: 'Croatia, Narodne novine – Međunarodni ugovori 12/1996 (18 Oct 1996): law ratifying C105, adopted by the House of Representatives on 2 Oct 1996 and promulgated on 8 Oct 1996; read 4 Dec 2026 from a stored copy',
    url: 'https://narodne-novine.nn.hr/clanci/medunarodni/1996_10_12_75.html',
  }),
  approvedOn('SI', '1997-05-27', '1998-05-27', 'its National Assembly adopted the law ratifying it', {
    name: 'Slovenia, Uradni list RS – Mednarodne pogodbe 10/1997 (13 Jun 1997): law ratifying C105 (MKOPD), adopted by the National Assembly on 27 May 1997 and promulgated on 4 Jun 1997; read 4 Dec 2026 from a stored copy',
    url: 'https://uradni-list.si/glasilo-uradni-list-rs/vsebina/1997-02-0035/zakon-o-ratifikaciji-konvencije-o-odpravi-prisilnega-dela-mkopd',
  }),
  approvedOn('KZ', '2000-12-14', '2001-12-14', 'its law of ratification (No. 117-II) was enacted', {
    name: 'Kazakhstan, Law No. 117-II of 14 Dec 2000 on the ratification of C105 (adilet.zan.kz); read 4 Dec 2026 from a stored copy',
    url: 'https://adilet.zan.kz/eng/docs/Z000000117_/compare/kaz',
  }),
  approvedOn('VN', '2020-06-08', '2021-06-08', 'its National Assembly voted for the ratification', {
    name: 'ILO news, “Vietnam renews commitment to combat forced labour” (10 Jun 2020): the National Assembly voted for the ratification of C105 on 8 Jun 2020 (Resolution No. 104/2020/QH14); no day of registration given',
    url: 'https://ilo.org/global/standards/subjects-covered-by-international-labour-standards/forced-labour/WCMS_747466/lang--en/index.htm',
  }),
  // Not an approval but a day before it: Iceland's government was still asking the Althing for
  // authority to ratify (a motion first made on 5 May 1959 and made again in the next session).
  approvedOn(
    'IS',
    '1960-05-24',
    '1961-05-24',
    'the government’s motion asking the Althing for authority to ratify it (first made on 5 May 1959, made again in the next session) was still before the Althing, which debated it',
    {
      name: 'Iceland, Althing (Alþingistíðindi D, col. 147), 80th session, case 147 (“nauðungarvinna”): the Minister’s speech of 24 May 1960 moving the resolution authorizing the government to ratify C105; the earlier motion, 78th session, case 130, was introduced on 5 May 1959 and sent to committee; read 4 Dec 2026 from stored copies',
      url: 'https://www.althingi.is/altext/raeda/?lthing=80&rnr=2699',
    },
  ),
];

// Vanuatu: its Parliament's approval is dated by the year only, so the bound is the first day of the
// year after (a registration in 2006 at the earliest, the Convention binding twelve months later).
const c105ApprovedInYear: NotParties = {
  states: ['VU'],
  through: '2006-12-31',
  reason:
    'could not have been bound before 1 Jan 2007: its Parliament ratified the fundamental Conventions other than C138 (C105 among them) in 2006, as the ILO gives it (no day), and the Convention binds a Member only twelve months after its ratification is registered (Art 4(3)); the day the ILO registered it is not recorded here',
  source: {
    name: 'ILO Office for Pacific Island Countries, “The ILO in Vanuatu” (timeline): “2006: Parliament ratified eight Conventions, including seven core (C138 pending) and C185” (C105 is not named; it is one of the seven fundamental Conventions other than C138); read 4 Dec 2026 from a stored copy',
    url: 'http://www.ilo.org/asia/WCMS_410169/lang--en/index.htm',
    asOf: '2026-12-04',
  },
  certainty: 'unchecked',
};

// Ratified by May 2016 at the latest, the day not read (issue 13): the Members missing from the
// ILO's list of those that had not ratified C105, as a copy of Wikipedia gave it in May 2016 (twelve:
// Brunei, China, Japan, South Korea, Laos, the Marshall Islands, Myanmar, Palau, Tonga, Timor-Leste,
// Tuvalu, Viet Nam), and Viet Nam, missing from the nine of October 2022. Each is bound twelve months
// after at the latest (Art 4(3)); before, unknown, unless a record of its approval says more
// (`c105ApprovedOnly`). Cyprus: the Netherlands treaty database records it bound from its
// independence, as for the new states above.
const c105RatifiedBy = `
  HR 2016-05-31 r ~  CY 2016-05-31 r ~ @1960-08-16  FR 2016-05-31 r ~  GM 2016-05-31 r ~
  GR 2016-05-31 r ~  GY 2016-05-31 r ~  IS 2016-05-31 r ~  KZ 2016-05-31 r ~  MT 2016-05-31 r ~
  MX 2016-05-31 r ~  PL 2016-05-31 r ~  PT 2016-05-31 r ~  LC 2016-05-31 r ~  SM 2016-05-31 r ~
  ST 2016-05-31 r ~  SI 2016-05-31 r ~  SO 2016-05-31 r ~  VU 2016-05-31 r ~  ZM 2016-05-31 r ~
  VN 2022-10-31 r ~
`;

const wikipediaC105May2016: Source = {
  name: 'Wikipedia, “Abolition of Forced Labour Convention” (as of May 2016: ratified by 175 of the 187 ILO Members; the twelve that had not, after the ILO’s list “Members who have not ratified”: Brunei, China, Japan, South Korea, Laos, the Marshall Islands, Myanmar, Palau, Tonga, Timor-Leste, Tuvalu, Viet Nam), mirror at wikivisually.com; a copy, read 4 Dec 2026',
  url: 'https://wikivisually.com/wiki/Abolition_of_Forced_Labour_Convention',
  asOf: '2016-05-31',
};

const ratifiedBy = (when: string, earlier = true) =>
  `Missing from the ILO's list of the Members that had not ratified C105 ${when} (as Wikipedia copied it), so ratified by then; the day of registration was not read${earlier ? ', and whether it bound the state earlier is unknown' : ''}.`;

// What was read that bears on the day but does not give it: leads for whoever checks these rows.
const ukDeclarations1958 =
  'Poland’s Journal of Laws (Dz.U. 1959 No. 39 item 241) records the United Kingdom’s declarations of 1958';
const c105Leads: Readonly<Record<string, string>> = {
  PL: 'The LEX copy of Poland’s act of ratification (Dz.U. 1959 No. 39 item 240) gives 30 Jul 1958 as the day its text applies from (“wersja od”), perhaps the day of registration; not read as such.',
  MT: `${ukDeclarations1958} accepting C105's obligations on behalf of Malta; Malta, on joining the ILO on 4 Jan 1965, held itself still bound by four other conventions the United Kingdom had applied to it (Dz.U. 1966 No. 6 item 36); no record naming C105 for Malta was read.`,
  GY: `${ukDeclarations1958} applying C105 to British Guiana; no record of Guyana's own was read.`,
  SO: `${ukDeclarations1958} applying C105 to the Somaliland Protectorate; no record of Somalia's own was read.`,
};

const inForceDutch = (day: string) => `In force from ${day}, as recorded in ${dutchTreatyDatabaseC105}.`;

// From Wikipedia's copy of NORMLEX (Afghanistan to Cambodia). `@`: where the Netherlands treaty
// database records entry into force on the day of independence (a new state taking over the
// obligations), that day; elsewhere it agrees with the Art 4(3) rule, except for Belarus (noted).
const c105FromCopy = `
  AF 1963-05-16 r  AL 1997-02-27 r  DZ 1969-06-12 r  AO 1976-06-04 r @1975-11-11  AG 1983-02-02 r
  AR 1960-01-18 r  AM 2004-12-17 r  AU 1960-06-07 r  AT 1958-03-05 r  AZ 2000-08-09 r
  BS 1976-05-25 r @1973-07-10  BH 1998-07-14 r  BD 1972-06-22 r @1971-03-26  BB 1967-05-08 r @1966-11-30
  BY 1995-09-25 r  BE 1961-01-23 r  BZ 1983-12-15 r  BJ 1961-05-22 r  BO 1990-06-11 r
  BA 2000-11-15 r  BW 1997-06-05 r  BR 1965-06-18 r  BF 1997-08-25 r  BI 1963-03-11 r @1962-07-01
  CV 1979-04-03 r  KH 1999-08-23 r
`;

const fromIndependence = (day: string) =>
  `In force from independence (${day}), as recorded in ${dutchTreatyDatabaseC105}; the ratification was registered later.`;

const c105BindsFrom = (registered: string) => latest('1959-01-17', addMonths(registered, 12));

const c105Copied = readRows(c105FromCopy, {
  bindsFrom: c105BindsFrom,
  checked: false,
  source: wikipediaC105,
  notes: {
    AO: fromIndependence('11 Nov 1975'),
    BS: fromIndependence('10 Jul 1973'),
    BD: fromIndependence('26 Mar 1971'),
    BB: fromIndependence('30 Nov 1966'),
    BI: fromIndependence('1 Jul 1962'),
    BY: `The day of entry into force recorded in ${dutchTreatyDatabaseC105} is 25 Sep 1995, the day of the ratification itself; the date here follows Art 4(3).`,
    BW: 'Sources conflict (noted 4 Dec 2026, issue 13): Portugal’s Diário do Governo (aviso of 27 March, the year not shown in the copy read, dre.tretas.org 2469908, from the ILO’s communication) published a deposit of C105 by Botswana on 18 Oct 1966, and its aviso of 19 Mar 1968 (dre.tretas.org 2470279) the annulment of five of that day’s registrations (C014, C019, C026, C029, C045) but not of C105’s. This row keeps 5 Jun 1997, the day NORMLEX gives (as copied by Wikipedia); whether Botswana was bound from 1967 was not settled.',
  },
});

export const iloAbolitionOfForcedLabourParties: ParticipationList = {
  id: 'ilo-c105',
  title: 'Abolition of Forced Labour Convention, 1957 (No. 105)',
  short: 'ILO C105',
  source: normlex('312250', 'C105'),
  inForce: '1959-01-17',
  bindsFrom:
    'Art 4(3): twelve months after the Member’s ratification is registered (and not before 17 Jan 1959).',
  checkedThrough: null,
  notParties: [notIloMembers, c105NotRatified, ...c105ApprovedOnly, c105ApprovedInYear],
  rows: [
    ...c105Copied,
    ...readRows(c105FromIlo, { bindsFrom: c105BindsFrom, sources: { ...rowSources, JP: iloJapanC105 } }),
    ...readRows(c105FromOthers, { bindsFrom: c105BindsFrom, checked: false, sources: rowSources }),
    ...readRows(c105FromComments, {
      bindsFrom: c105BindsFrom,
      checked: false,
      sources: c105CommentSources,
      notes: {
        BG: inForceDutch('23 Mar 2000'),
        CL: inForceDutch('1 Feb 2000'),
        EC: inForceDutch('5 Feb 1963'),
        CF: inForceDutch('9 Jun 1965'),
        CG: inForceDutch('26 Nov 2000'),
        DJ: inForceDutch('3 Aug 1979'),
        KM: fromIndependence('6 Jul 1975'),
        DM: inForceDutch('28 Feb 1984'),
        CK: inForceDutch('12 Jun 2016'),
      },
    }),
    ...readRows(c105FromIloPages, { bindsFrom: c105BindsFrom, sources: c105RecordSources }),
    ...readRows(c105FromRecords, {
      bindsFrom: c105BindsFrom,
      checked: false,
      sources: c105RecordSources,
      notes: {
        LU: 'The year is inferred, not read: Portugal’s Diário do Governo published, from one ILO communication and with no day, Luxembourg’s deposit of C105 together with its C029, whose registration Poland’s Journal of Laws dates 24 Jul 1964. Sought on NORMLEX, in Luxembourg’s Mémorial and in the press on 4 Dec 2026: no day read.',
        EE: 'In force for Estonia from 7 Feb 1997, as its State Gazette (Riigi Teataja) records; so registered in 1996, twelve months earlier (Art 4(3)).',
        CR: `In force from 4 May 1960, as recorded in ${dutchTreatyDatabaseC105}; so registered in 1959, twelve months earlier (Art 4(3)).`,
      },
    }),
    ...readRows(c105RatifiedBy, {
      bindsFrom: c105BindsFrom,
      checked: false,
      source: wikipediaC105May2016,
      sources: { VN: wikipediaC105 },
      notes: Object.fromEntries(
        [
          'HR',
          'CY',
          'FR',
          'GM',
          'GR',
          'GY',
          'IS',
          'KZ',
          'MT',
          'MX',
          'PL',
          'PT',
          'LC',
          'SM',
          'ST',
          'SI',
          'SO',
          'VU',
          'ZM',
          'VN',
        ].map((state) => [
          state,
          state === 'VN'
            ? `${ratifiedBy('by October 2022')} Its National Assembly voted for the ratification on 8 Jun 2020 (the ILO's news of 10 Jun 2020).`
            : state === 'CY'
              ? `${ratifiedBy('by May 2016', false)} In force from independence (16 Aug 1960), as recorded in ${dutchTreatyDatabaseC105}.`
              : `${ratifiedBy('by May 2016')}${c105Leads[state] ? ` ${c105Leads[state]}` : ''}`,
        ]),
      ),
    }),
    ...readRows(c105, {
      bindsFrom: c105BindsFrom,
      checked: false,
      endings: {
        MY: { until: '1990-01-10', note: 'Denounced; the denunciation took effect on 10 Jan 1990.' },
        SG: { until: '1979-10-19', note: 'Denounced; the denunciation took effect on 19 Oct 1979.' },
      },
    }),
  ],
};
