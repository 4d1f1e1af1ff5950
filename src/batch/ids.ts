/**
 * Unique document ids in a batch run. The output is keyed by id (resume skips ids already done),
 * so a duplicate id in the input is renamed: the second `a` becomes `a#2`, the third `a#3`. A
 * number already taken is passed over (an input id `a#2` after two `a` becomes `a#3`), and an id
 * that already ends in `#n` counts on from n: a renamed id is never renamed again (`a#2#2`), and
 * the new name is always one not seen before. Renaming depends only on the input order, so an
 * interrupted and a resumed run rename alike.
 *
 * Seen ids are kept as 64-bit hashes in a flat open-addressing table (16–32 bytes a document)
 * rather than as strings, so a run over millions of documents stays small. Two different ids
 * share a 64-bit hash with odds of about one in 10^7 over two million documents; the only effect
 * would be a needless (still deterministic) rename.
 * @module
 */

/** Remembers ids and renames repeats. */
export class IdRegistry {
  private table = new Uint32Array(2 * 1024);
  private count = 0;
  /** How many ids were renamed. */
  renamed = 0;
  /**
   * For each base that was renamed, keyed by the base's hash: the number to try first next time
   * (every lower one from its start was taken), so an id repeated n times costs n tries, not n².
   */
  private readonly nextNumber = new Map<number, number>();

  /**
   * Registers an id, renaming it when it was seen before.
   * @param id the id as given
   * @returns the id to use: `id`, or `base#k` with a k that gives a name not seen before (see the module's note)
   */
  claim(id: string): string {
    if (this.add(id)) return id;
    this.renamed++;
    const numbered = /^(.*)#(\d{1,15})$/s.exec(id);
    const base = numbered ? numbered[1]! : id;
    this.hash(base);
    const key = this.h1;
    let k = Math.max(numbered ? Number(numbered[2]) + 1 : 2, this.nextNumber.get(key) ?? 0);
    while (!this.add(`${base}#${k}`)) k++;
    this.nextNumber.set(key, k + 1);
    return `${base}#${k}`;
  }

  /** The two 32-bit hashes of the last id hashed (fields, not a returned pair: no allocation per document). */
  private h1 = 0;
  private h2 = 0;

  /** Hashes an id into {@link h1} and {@link h2}. */
  private hash(id: string): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193 ^ id.length;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h1 = (h1 ^ (h1 >>> 16)) >>> 0;
    h2 = (h2 ^ (h2 >>> 13)) >>> 0;
    if (h1 === 0 && h2 === 0) h2 = 1; // (0, 0) marks an empty slot
    this.h1 = h1;
    this.h2 = h2;
  }

  /** Adds an id; false when it was already there. */
  private add(id: string): boolean {
    this.hash(id);
    if ((this.count + 1) * 2 > this.table.length / 2) this.grow();
    if (!this.insert(this.table, this.h1, this.h2)) return false;
    this.count++;
    return true;
  }

  private insert(table: Uint32Array, h1: number, h2: number): boolean {
    const slots = table.length / 2;
    let i = h1 & (slots - 1);
    for (;;) {
      const a = table[2 * i]!;
      const b = table[2 * i + 1]!;
      if (a === 0 && b === 0) {
        table[2 * i] = h1;
        table[2 * i + 1] = h2;
        return true;
      }
      if (a === h1 && b === h2) return false;
      i = (i + 1) & (slots - 1);
    }
  }

  private grow(): void {
    const old = this.table;
    this.table = new Uint32Array(old.length * 2);
    for (let i = 0; i < old.length; i += 2) {
      const a = old[i]!;
      const b = old[i + 1]!;
      if (a !== 0 || b !== 0) this.insert(this.table, a, b);
    }
  }
}
