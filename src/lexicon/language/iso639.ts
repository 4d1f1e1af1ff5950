/**
 * ISO 639-3 codes (as franc returns them) mapped to ISO 639-1, for the languages that have a
 * two-letter code. Source: the ISO 639-3 code tables (SIL International), written out by hand for
 * the languages franc v6 detects most often; a code not listed is reported as `und`.
 * @module
 */
export const ISO3_TO_1: Readonly<Record<string, string>> = {
  dan: 'da', nob: 'nb', nno: 'nn', swe: 'sv', eng: 'en', deu: 'de', fra: 'fr', spa: 'es', por: 'pt',
  ita: 'it', nld: 'nl', fao: 'fo', isl: 'is', fin: 'fi', est: 'et', lav: 'lv', lit: 'lt', pol: 'pl',
  ces: 'cs', slk: 'sk', slv: 'sl', hrv: 'hr', srp: 'sr', bos: 'bs', hun: 'hu', ron: 'ro', bul: 'bg',
  rus: 'ru', ukr: 'uk', bel: 'be', ell: 'el', tur: 'tr', ara: 'ar', arb: 'ar', heb: 'he', pes: 'fa',
  urd: 'ur', hin: 'hi', ben: 'bn', pan: 'pa', tam: 'ta', tel: 'te', mar: 'mr', guj: 'gu', kan: 'kn',
  mal: 'ml', tha: 'th', vie: 'vi', ind: 'id', zlm: 'ms', tgl: 'tl', cmn: 'zh', jpn: 'ja', kor: 'ko',
  swh: 'sw', som: 'so', amh: 'am', hau: 'ha', yor: 'yo', ibo: 'ig', zul: 'zu', xho: 'xh', afr: 'af',
  cat: 'ca', glg: 'gl', eus: 'eu', gle: 'ga', cym: 'cy', gla: 'gd', bre: 'br', ltz: 'lb', sqi: 'sq',
  als: 'sq', mkd: 'mk', kat: 'ka', hye: 'hy', azj: 'az', kaz: 'kk', uzn: 'uz', epo: 'eo', lat: 'la',
};

/**
 * Languages left out of franc's world pass: close regional varieties that franc's trigram profiles
 * confuse with a major neighbour in news text (Scots for English, Low German for German and Danish).
 * Source: franc's own documentation of its confusable languages and our test rows.
 */
export const FRANC_IGNORE: readonly string[] = ['sco', 'nds'];
