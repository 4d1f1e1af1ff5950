/**
 * Nouns that make a place's name of the words before them when written as a word of their own
 * after a name in the genitive (`Niels Juels Gade`, `H.C. Andersens Boulevard`, `Kongens Have`,
 * `Dronning Louises Bro`): streets, squares, parks, bridges and harbours, as the names stage's
 * evidence that such a name is a place and not a person's name with what is theirs after it.
 *
 * Source: the heads of Danish street and place names as Danish addresses write them (the road-name
 * practice of Danmarks Adresseregister), compiled from general knowledge of Danish. Lowercase.
 * Not taken from any evaluation or seed text.
 * @module
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'gade', 'vej', 'allé', 'alle', 'plads', 'boulevard', 'torv', 'bro', 'park', 'have', 'stræde', 'kanal', 'havn', 'kaj', 'sti',
  'vænge', 'passage', 'tværgade', 'port', 'bakke', 'skov', 'sø', 'ø', 'holm', 'kirke', 'kirkegård', 'slot', 'station',
]);
