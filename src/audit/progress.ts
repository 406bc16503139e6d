/**
 * Progress while an audit runs: a bar on a terminal, and on anything else (a log file, CI, a
 * scheduled task) a plain line every tenth of the way. Only counts are shown: file names can
 * carry a child's name, and logs travel further than reports.
 */
import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  start(total: number): void;
  tick(unreadable: boolean): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new BarProgress(stream) : new LineProgress(stream);
}

class BarProgress implements Progress {
  private readonly bar: SingleBar;
  private unreadable = 0;

  constructor(stream: NodeJS.WriteStream) {
    this.bar = new SingleBar(
      {
        stream,
        format: 'Checking plans [{bar}] {value}/{total} files | {percentage}% | {problems}',
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 50,
      },
      Presets.shades_classic,
    );
  }

  start(total: number): void {
    this.bar.start(total, 0, { problems: 'all read so far' });
  }

  tick(unreadable: boolean): void {
    if (unreadable) this.unreadable += 1;
    this.bar.increment(1, {
      problems: this.unreadable === 0 ? 'all read so far' : `${this.unreadable} could not be read`,
    });
  }

  stop(): void {
    this.bar.stop();
  }
}

export class LineProgress implements Progress {
  private total = 0;
  private done = 0;
  private unreadable = 0;
  private lastStep = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  start(total: number): void {
    this.total = total;
    // An empty folder gets its own message from the command; a count of nothing adds noise.
    if (total === 0) return;
    this.stream.write(`Checking ${total} ${total === 1 ? 'file' : 'files'}...\n`);
  }

  tick(unreadable: boolean): void {
    this.done += 1;
    if (unreadable) this.unreadable += 1;
    const step = Math.floor((this.done * 10) / Math.max(1, this.total));
    if (step > this.lastStep || this.done === this.total) {
      this.lastStep = step;
      const problems = this.unreadable > 0 ? `, ${this.unreadable} could not be read` : '';
      this.stream.write(
        `Checked ${this.done} of ${this.total} files (${Math.round((this.done / Math.max(1, this.total)) * 100)}%${problems})\n`,
      );
    }
  }

  stop(): void {
    // Every line is already written.
  }
}
