// ISO 3166-1 country codes, alpha-3 to alpha-2: the CTDC synthetic files use alpha-3, the k-anonymised
// file and the case-facts vocabulary alpha-2. Generated from Debian's iso-codes 4.15 (iso_3166-1.json),
// plus Kosovo (XK/XKX), a user-assigned code that data publishers use and ISO does not list.

const pairs = `
ABWAW AFGAF AGOAO AIAAI ALAAX ALBAL ANDAD AREAE ARGAR ARMAM ASMAS ATAAQ ATFTF ATGAG AUSAU AUTAT
AZEAZ BDIBI BELBE BENBJ BESBQ BFABF BGDBD BGRBG BHRBH BHSBS BIHBA BLMBL BLRBY BLZBZ BMUBM BOLBO
BRABR BRBBB BRNBN BTNBT BVTBV BWABW CAFCF CANCA CCKCC CHECH CHLCL CHNCN CIVCI CMRCM CODCD COGCG
COKCK COLCO COMKM CPVCV CRICR CUBCU CUWCW CXRCX CYMKY CYPCY CZECZ DEUDE DJIDJ DMADM DNKDK DOMDO
DZADZ ECUEC EGYEG ERIER ESHEH ESPES ESTEE ETHET FINFI FJIFJ FLKFK FRAFR FROFO FSMFM GABGA GBRGB
GEOGE GGYGG GHAGH GIBGI GINGN GLPGP GMBGM GNBGW GNQGQ GRCGR GRDGD GRLGL GTMGT GUFGF GUMGU GUYGY
HKGHK HMDHM HNDHN HRVHR HTIHT HUNHU IDNID IMNIM INDIN IOTIO IRLIE IRNIR IRQIQ ISLIS ISRIL ITAIT
JAMJM JEYJE JORJO JPNJP KAZKZ KENKE KGZKG KHMKH KIRKI KNAKN KORKR KWTKW LAOLA LBNLB LBRLR LBYLY
LCALC LIELI LKALK LSOLS LTULT LUXLU LVALV MACMO MAFMF MARMA MCOMC MDAMD MDGMG MDVMV MEXMX MHLMH
MKDMK MLIML MLTMT MMRMM MNEME MNGMN MNPMP MOZMZ MRTMR MSRMS MTQMQ MUSMU MWIMW MYSMY MYTYT NAMNA
NCLNC NERNE NFKNF NGANG NICNI NIUNU NLDNL NORNO NPLNP NRUNR NZLNZ OMNOM PAKPK PANPA PCNPN PERPE
PHLPH PLWPW PNGPG POLPL PRIPR PRKKP PRTPT PRYPY PSEPS PYFPF QATQA REURE ROURO RUSRU RWARW SAUSA
SDNSD SENSN SGPSG SGSGS SHNSH SJMSJ SLBSB SLESL SLVSV SMRSM SOMSO SPMPM SRBRS SSDSS STPST SURSR
SVKSK SVNSI SWESE SWZSZ SXMSX SYCSC SYRSY TCATC TCDTD TGOTG THATH TJKTJ TKLTK TKMTM TLSTL TONTO
TTOTT TUNTN TURTR TUVTV TWNTW TZATZ UGAUG UKRUA UMIUM URYUY USAUS UZBUZ VATVA VCTVC VENVE VGBVG
VIRVI VNMVN VUTVU WLFWF WSMWS YEMYE ZAFZA ZMBZM ZWEZW XKXXK`;

/** Alpha-3 → alpha-2, e.g. `PHL` → `PH`. */
export const alpha2ByAlpha3: ReadonlyMap<string, string> = new Map(
  pairs.split(/\s+/).map((pair) => [pair.slice(0, 3), pair.slice(3)]),
);

/** Every alpha-2 code known. */
export const alpha2Codes: ReadonlySet<string> = new Set(alpha2ByAlpha3.values());

// Codes people often type for a country whose ISO code is another: the United Kingdom is GB (UK is
// reserved by ISO), Greece is GR (EL is the EU's own abbreviation), Kosovo here is XK.
const commonMistakes: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR', EN: 'GB', KS: 'XK', KV: 'XK' };

/**
 * The valid codes nearest to a code that is not one: a known mistake alone (UK → GB), else the
 * code itself in capitals when valid, then the codes one letter away, alphabetically (at most `limit`).
 */
export function nearestCountryCodes(code: string, limit = 3): string[] {
  const upper = code.toUpperCase();
  const mistake = commonMistakes[upper];
  if (mistake) return [mistake];
  const found: string[] = alpha2Codes.has(upper) ? [upper] : [];
  if (upper.length === 2) {
    const close = [...alpha2Codes].filter(
      (candidate) =>
        (candidate[0] === upper[0]) !== (candidate[1] === upper[1]) && !found.includes(candidate),
    );
    found.push(...close.sort());
  }
  return found.slice(0, limit);
}

// Made on first use: ICU's region names cost ~40 ms of CPU, paid by every command that loads this
// file; each name is looked up once (an assessment asks for the same few states again and again,
// and a look-up costs microseconds — 8% of a server assessment's time).
let names: Intl.DisplayNames | undefined;
const known = new Map<string, string>();

/** A country's English name from its alpha-2 code (Intl's data), e.g. `GB` → `United Kingdom`. */
export function countryName(code: string): string {
  let name = known.get(code);
  if (name === undefined) {
    try {
      names ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
      name = names.of(code) ?? code;
    } catch {
      name = code;
    }
    if (known.size < 1000) known.set(code, name);
  }
  return name;
}

/** Why a code is not a country, with the codes probably meant: `"UK" is not … : did you mean GB?`. */
export function notACountry(code: string): { message: string; nearest: string[] } {
  const nearest = nearestCountryCodes(code);
  const hint = nearest.length > 0 ? `: did you mean ${nearest.join(' or ')}?` : '';
  return { message: `"${code}" is not an ISO 3166-1 country code${hint}`, nearest };
}
