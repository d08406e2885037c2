import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { backupsToKeep, readManifest, takeBackup, type BackupManifest } from '@ia/adapters/sqlite';
import type { Configuration } from '../config/configuration';
import type { Engines } from '../engines/engines';
import { CLOCK, CONFIGURATION, ENGINES, type Clock } from '../engines/tokens';
import { ProblemError } from '../http/problem';
import { OPENED_KEY_STORE, type ClosableKeyStore } from '../privacy/key-store-factory';
import { backupFolderName, nextBackupAfter } from './backup-times';

export interface BackupSummary {
  readonly name: string;
  readonly takenAt: string;
  readonly headPosition: number;
  readonly eventCount: number;
  readonly bytes: number;
}

/**
 * Backups the suite takes of its own embedded stores, on the connections that write them (so the copy
 * goes in small steps while requests are served): daily at the configured time, or when an administrator
 * asks. After each, the backups outside the retention (N daily, M monthly) are deleted.
 */
@Injectable()
export class Backups implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Backups');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<BackupSummary> | undefined;
  private lastSuccess: BackupSummary | undefined;

  constructor(
    @Inject(CONFIGURATION) private readonly configuration: Configuration,
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(OPENED_KEY_STORE) private readonly keys: ClosableKeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    if (this.configuration.backup) this.schedule();
  }

  onApplicationShutdown(): void {
    clearTimeout(this.timer);
  }

  /** The newest successful backup of this process, for metrics. */
  latest(): BackupSummary | undefined {
    return this.lastSuccess;
  }

  list(): BackupSummary[] {
    const directory = this.directory();
    if (!existsSync(directory)) return [];
    return this.finished(directory).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  }

  async takeNow(): Promise<BackupSummary> {
    if (this.running)
      throw new ProblemError(409, 'BACKUP.IN_PROGRESS', '备份正在进行', 'A backup is being taken; try again when it is done');
    const directory = this.directory();
    const events = this.engines.sqlite?.database;
    const keys = this.keys.database;
    if (!events || !keys) {
      throw new ProblemError(
        409,
        'BACKUP.NOT_EMBEDDED',
        '该部署不使用内置存储',
        'Only the embedded SQLite stores are backed up by the suite',
      );
    }
    const takenAt = this.clock.now();
    this.running = takeBackup(
      { events, keys, sameConnectionAsWriter: true },
      join(directory, backupFolderName(takenAt)),
      takenAt.toISOString(),
    )
      .then((manifest) => summarise(backupFolderName(takenAt), manifest))
      .finally(() => (this.running = undefined));
    const summary = await this.running;
    this.lastSuccess = summary;
    this.prune(directory);
    return summary;
  }

  private directory(): string {
    const directory = this.configuration.backup?.directory;
    if (!directory) throw new ProblemError(409, 'BACKUP.NOT_CONFIGURED', '未设置备份目录', 'Set IA_BACKUP_DIR to keep backups');
    return directory;
  }

  private schedule(): void {
    const schedule = this.configuration.backup;
    if (!schedule) return;
    const now = this.clock.now();
    const next = nextBackupAfter(now, schedule.at);
    this.timer = setTimeout(() => {
      this.takeNow().then(
        (summary) => this.logger.log(`Backup ${summary.name} taken: head ${summary.headPosition}, ${summary.bytes} bytes`),
        (error: unknown) => this.logger.error(`Scheduled backup failed: ${error instanceof Error ? error.message : String(error)}`),
      );
      this.schedule();
    }, next.getTime() - now.getTime());
    this.timer.unref();
  }

  private finished(directory: string): BackupSummary[] {
    return readdirSync(directory, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && entry.name.startsWith('ia-backup-'))
      .flatMap((entry) => {
        try {
          return [summarise(entry.name, readManifest(join(directory, entry.name)))];
        } catch {
          // Unfinished (no manifest) or not ours: never deleted, never listed.
          return [];
        }
      });
  }

  private prune(directory: string): void {
    const schedule = this.configuration.backup;
    if (!schedule) return;
    const backups = this.finished(directory);
    const keep = backupsToKeep(backups, { daily: schedule.keepDaily, monthly: schedule.keepMonthly });
    for (const backup of backups) if (!keep.has(backup.name)) rmSync(join(directory, backup.name), { recursive: true, force: true });
  }
}

function summarise(name: string, manifest: BackupManifest): BackupSummary {
  const { takenAt, headPosition, eventCount, files } = manifest;
  return { name, takenAt, headPosition, eventCount, bytes: files.events.bytes + files.keys.bytes };
}
