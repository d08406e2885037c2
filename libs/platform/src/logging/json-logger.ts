import type { LoggerService } from '@nestjs/common';
import type { LogLevel } from '../config/configuration';
import { currentTraceIds } from '../observability/trace-ids';
import { currentRequestContext } from './request-context';

const RANK: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

/** One JSON object a line on stdout, with the request and correlation ids of the request being served. */
export class JsonLogger implements LoggerService {
  constructor(
    private readonly level: LogLevel = 'info',
    private readonly service = 'suite',
    private readonly write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  ) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }

  private emit(level: LogLevel, message: unknown, rest: unknown[]): void {
    if (RANK[level] < RANK[this.level]) return;
    // Nest passes the context name last; an error's stack comes before it.
    const context = typeof rest.at(-1) === 'string' ? (rest.at(-1) as string) : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? rest[0] : undefined;
    const request = currentRequestContext();
    const entry = {
      time: new Date().toISOString(),
      level,
      service: this.service,
      ...(context && { context }),
      ...(request && { requestId: request.requestId, correlationId: request.correlationId }),
      ...currentTraceIds(),
      ...(typeof message === 'object' && message !== null && !(message instanceof Error) ? message : { message: describe(message) }),
      ...(stack && { stack }),
    };
    this.write(JSON.stringify(entry));
  }
}

function describe(message: unknown): string {
  if (message instanceof Error) return `${message.name}: ${message.message}`;
  return typeof message === 'string' ? message : JSON.stringify(message);
}
