/**
 * Words of Danish time expressions (`Tirsdag aften`, `Sidste weekend`, `I går eftermiddag`,
 * `Næste år`): a phrase of these opening a sentence is a fronted adverbial, never the subject
 * who speaks. Source: the Danish weekday and month names, the parts of the day and the calendar
 * nouns with their definite forms, and the deictic words that go with them (Retskrivningsordbogen),
 * hand-compiled. Lower-case.
 * @module
 */
import { MONTHS } from './abbreviations.js';

/** Words that make up time expressions. */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
  'mandags', 'tirsdags', 'onsdags', 'torsdags', 'fredags', 'lørdags', 'søndags',
  ...MONTHS.filter((m) => m.length > 3),
  'morgen', 'morges', 'formiddag', 'formiddags', 'middag', 'eftermiddag', 'eftermiddags', 'aften', 'aftes', 'nat', 'nattens', 'natten',
  'dag', 'dagen', 'døgn', 'døgnet', 'uge', 'ugen', 'weekend', 'weekenden', 'måned', 'måneden', 'år', 'året', 'sommer', 'sommeren',
  'vinter', 'vinteren', 'forår', 'foråret', 'efterår', 'efteråret', 'jul', 'julen', 'påske', 'påsken',
  'i', 'går', 'forgårs', 'sidste', 'næste', 'denne', 'dette', 'samme', 'tidlig', 'tidligt', 'sent', 'sen', 'over', 'om',
]);

/** Whether every word of a phrase is a time word, with at least one that is not a function word. */
export function isTimeExpression(words: readonly string[]): boolean {
  let content = false;
  for (const w of words) {
    if (!TIME_WORDS.has(w)) return false;
    if (!['i', 'sidste', 'næste', 'denne', 'dette', 'samme', 'over', 'om', 'tidlig', 'tidligt', 'sent', 'sen'].includes(w)) content = true;
  }
  return content;
}
