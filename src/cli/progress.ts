/**
 * Progress of a run on stderr: on a terminal, one line redrawn a few times a
 * second (documents done / total when known, docs/s, MB/s, ETA, errors); elsewhere a
 * plain log line every ten seconds. `--quiet` turns it off.
 */
export class Progress {
  private done = 0;
  private errors = 0;
  private chars = 0;
  private lastDraw: number;
  private drawn = false;
  private readonly started: number;

  constructor(
    private readonly write: (s: string) => void,
    private readonly tty: boolean,
    private readonly total: number | null,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.lastDraw = this.started;
  }

  /** Count one finished input: a record (with its text length) or an error. */
  tick(chars: number | null): void {
    this.done++;
    if (chars === null) this.errors++;
    else this.chars += chars;
    const t = this.now();
    if (t - this.lastDraw >= (this.tty ? 200 : 10_000)) {
      this.lastDraw = t;
      this.draw();
    }
  }

  line(): string {
    const seconds = Math.max(0.001, (this.now() - this.started) / 1000);
    const rate = this.done / seconds;
    const parts = [
      this.total ? `${this.done}/${this.total} inputs` : `${this.done} inputs`,
      `${rate.toFixed(1)} docs/s`,
      `${(this.chars / 1e6 / seconds).toFixed(2)} MB/s`,
    ];
    if (this.total && rate > 0 && this.done < this.total) parts.push(`ETA ${Math.ceil((this.total - this.done) / rate)} s`);
    parts.push(`${this.errors} errors`);
    return `press-facts: ${parts.join(' · ')}`;
  }

  private draw(): void {
    this.write(this.tty ? `\r\x1b[2K${this.line()}` : `${this.line()}\n`);
    this.drawn = true;
  }

  /** Clear the terminal line before the summary. */
  end(): void {
    if (this.tty && this.drawn) this.write('\r\x1b[2K');
  }
}
