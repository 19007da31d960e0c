/**
 * A set of covered character ranges over one text, for overlap checks in
 * linear total time (a 5 MB release has tens of thousands of candidates; a
 * pairwise `some()` over them is quadratic).
 */
export class Coverage {
  private readonly owner: Int32Array;

  constructor(length: number) {
    this.owner = new Int32Array(length + 1);
  }

  /** Does [start, end) touch any covered character? */
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.owner[i] !== 0) return true;
    return false;
  }

  /** Cover [start, end), remembering `id` (> 0) as the owner of each character. */
  add(start: number, end: number, id = 1): void {
    this.owner.fill(id, start, end);
  }

  /** The owner id at a position (0 when uncovered). */
  ownerAt(i: number): number {
    return this.owner[i] ?? 0;
  }
}
