/**
 * Lower-case particles that stand inside personal names (`Ursula von der Leyen`, `Ole de Vries`,
 * `Hans van der Berg`, `Johan af Rosenborg`, `Omar bin Laden`): Dutch, German, French, Italian,
 * Spanish, Portuguese, Danish and Arabic name particles. Source: the naming conventions of these
 * languages, hand-compiled; not taken from any text.
 * @module
 */

/** Name particles, as written inside a name (lower-case). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'la', 'le', 'du', 'di', 'da', 'dos', 'das', 'af', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu', 'y']);
