/**
 * Company forms written after a firm's name (`Brøndum A/S`, `Kragh Invest ApS`, `Sunrise Ltd.`),
 * as the names stage's evidence that the name before is a body's. Written without spaces, as
 * the letters and marks of the form in a row; the names stage compares them with the tokens after
 * a name joined without their spaces (a full stop after `Ltd` or `Inc` is its abbreviation's).
 *
 * Source: the Danish company forms of Erhvervsstyrelsen's register (CVR: A/S, ApS, IVS, I/S, K/S,
 * P/S, A.m.b.A., F.m.b.A., S.m.b.A.) and the common forms of the countries whose firms Danish news
 * names most (Norway, Sweden, Finland, Germany, the Netherlands, the United Kingdom, the United
 * States, France), compiled from general knowledge. Not taken from any evaluation or seed text.
 * @module
 */
export const LEGAL_FORMS: ReadonlySet<string> = new Set([
  // Danish
  'A/S', 'ApS', 'IVS', 'I/S', 'K/S', 'P/S', 'AmbA', 'A.m.b.A.', 'FmbA', 'F.m.b.A.', 'SmbA', 'S.m.b.A.',
  // Nordic
  'ASA', 'AS', 'AB', 'Oy', 'Oyj', 'Abp',
  // German, Dutch
  'GmbH', 'AG', 'KG', 'SE', 'BV', 'B.V.', 'NV', 'N.V.',
  // English, French
  'Ltd', 'Ltd.', 'plc', 'PLC', 'Inc', 'Inc.', 'LLC', 'Corp', 'Corp.', 'SA', 'S.A.', 'SAS',
]);
