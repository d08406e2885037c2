import { createWriteStream, mkdirSync, readdirSync, rmSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';

const DAY_MILLISECONDS = 24 * 60 * 60 * 1000;

/**
 * JSON log lines also kept in one file a day (IA_LOG_DIR), for deployments without a log collector: files
 * older than the retention (IA_LOG_RETENTION_DAYS, at least the six months the rules ask for) are deleted
 * when a new day's file is opened. Days are counted in UTC, as the lines' own times are.
 */
export class LogFiles {
  private day: string | undefined;
  private stream: WriteStream | undefined;

  constructor(
    private readonly directory: string,
    private readonly service: string,
    private readonly retentionDays: number,
    private readonly now: () => Date = () => new Date(),
  ) {
    mkdirSync(directory, { recursive: true });
  }

  write(line: string): void {
    const day = this.now().toISOString().slice(0, 10);
    if (day !== this.day) {
      this.stream?.end();
      this.day = day;
      this.stream = createWriteStream(join(this.directory, `${this.service}-${day}.log`), { flags: 'a' });
      this.prune(day);
    }
    this.stream?.write(`${line}\n`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.stream ? this.stream.end(resolve) : resolve()));
  }

  private prune(today: string): void {
    const oldest = new Date(Date.parse(today) - this.retentionDays * DAY_MILLISECONDS).toISOString().slice(0, 10);
    const pattern = new RegExp(`^${this.service.replace(/[^\w-]/g, '')}-(\\d{4}-\\d{2}-\\d{2})\\.log$`);
    for (const name of readdirSync(this.directory)) {
      const day = pattern.exec(name)?.[1];
      if (day !== undefined && day < oldest) rmSync(join(this.directory, name), { force: true });
    }
  }
}
