/**
 * Unique document ids in a batch run. The output is keyed by id (resume skips ids already done),
 * so a duplicate id in the input is renamed: the second `a` becomes `a#2`, the third `a#3`.
 * Renaming depends only on the input order, so an interrupted and a resumed run rename alike.
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
   * Registers an id, renaming it when it was seen before.
   * @param id the id as given
   * @returns the id to use: `id`, or `id#k` for its k-th occurrence
   */
  claim(id: string): string {
    if (this.add(id)) return id;
    this.renamed++;
    for (let k = 2; ; k++) {
      const candidate = `${id}#${k}`;
      if (this.add(candidate)) return candidate;
    }
  }

  /** Adds an id; false when it was already there. */
  private add(id: string): boolean {
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
    if ((this.count + 1) * 2 > this.table.length / 2) this.grow();
    if (!this.insert(this.table, h1, h2)) return false;
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
