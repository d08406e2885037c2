import { Logger, Module, type DynamicModule, type LoggerService, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';
import { ConfigurationError, loadConfiguration, type Configuration } from './config/configuration';
import type { Clock } from './engines/tokens';
import { findForbiddenKey } from './http/forbidden-keys';
import { PROBLEM_CONTENT_TYPE, ProblemError, problemType } from './http/problem';
import { toProblem } from './http/problem-mapping';
import { serveConsole } from './http/console';
import { serveOpenApi } from './http/openapi';
import { rateLimit } from './http/rate-limit';
import { securityHeaders } from './http/security-headers';
import { JsonLogger } from './logging/json-logger';
import { LogFiles } from './logging/log-files';
import { currentRequestContext, fingerprintKeyOf, requestContextMiddleware } from './logging/request-context';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { httpMetrics, Metrics, metricsEndpoint } from './observability/metrics';
import { Tracing } from './observability/tracing';
import { PlatformModule } from './platform.module';

export interface ServiceDefinition {
  /** `suite`, or one service's name: it names topics, consumer groups and logs. */
  readonly name: string;
  readonly contexts: ReadonlyArray<Type | DynamicModule>;
  /** The built web console's folder, served at `/` (the suite only; each service alone runs without it). */
  readonly console?: string;
}

export interface ApplicationOptions {
  readonly logger?: LoggerService | false;
  readonly clock?: Clock;
  /** Tests collect spans here; otherwise traces go over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set, or nowhere. */
  readonly spanExporter?: SpanExporter;
}

const BODY_LIMIT = '256kb';

export async function createApplication(
  definition: ServiceDefinition,
  configuration: Configuration,
  options: ApplicationOptions = {},
): Promise<NestExpressApplication> {
  @Module({})
  class ServiceModule {}
  const token = configuration.observability.metricsToken;
  const metrics = token === undefined ? undefined : new Metrics(definition.name);
  const otlp = configuration.observability.otlpTracesUrl;
  const tracing = options.spanExporter
    ? new Tracing(definition.name, options.spanExporter, { batch: false })
    : otlp === undefined
      ? undefined
      : Tracing.otlp(definition.name, otlp, configuration.observability.traceSampleRatio);
  const root: DynamicModule = {
    module: ServiceModule,
    imports: [
      PlatformModule.forRoot({
        configuration,
        service: definition.name,
        ...(options.clock && { clock: options.clock }),
        ...(metrics && { metrics }),
        ...(tracing && { tracing }),
      }),
      ...definition.contexts,
    ],
  };
  const { logDirectory, logRetentionDays } = configuration.observability;
  const files = logDirectory === undefined ? undefined : new LogFiles(logDirectory, definition.name, logRetentionDays);
  const toStdout = (line: string) => process.stdout.write(`${line}\n`);
  const logger =
    options.logger === undefined
      ? new JsonLogger(configuration.logLevel, definition.name, files ? (line) => (toStdout(line), files.write(line)) : toStdout)
      : options.logger;
  const app = await NestFactory.create<NestExpressApplication>(root, { logger, bodyParser: false, abortOnError: false });
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  if (tracing) app.use(tracing.httpMiddleware());
  if (metrics && token !== undefined) {
    const endpoint = metricsEndpoint(metrics, token);
    app.use('/metrics', (request: Request, response: Response, next: NextFunction) =>
      request.method === 'GET' ? void endpoint(request, response) : next(),
    );
    app.use(httpMetrics(metrics));
  }
  app.use(requestContextMiddleware(fingerprintKeyOf(configuration.jwt.secret)));
  app.use(securityHeaders);
  app.use(accessLog());
  app.use(rateLimit(configuration.rateLimitPerMinute));
  app.use(jsonBody());
  if (definition.console !== undefined) serveConsole(app, definition.console);
  app.enableShutdownHooks();
  serveOpenApi(app, definition.name);
  return app;
}

/** Starts one service (or the suite) from the environment; a wrong setting or a dead engine stops it with a clear message. */
export async function runService(definition: ServiceDefinition): Promise<NestExpressApplication | undefined> {
  let configuration: Configuration;
  try {
    configuration = loadConfiguration(process.env, definition.name);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigurationError ? error.message : String(error)}\n`);
    process.exitCode = 1;
    return undefined;
  }
  try {
    const app = await createApplication(definition, configuration);
    await app.listen(configuration.port);
    new Logger('Bootstrap').log(
      `IA Suite ${definition.name} listening on http://localhost:${configuration.port} (docs at /docs, health at /health); ` +
        `store ${configuration.store.kind}, bus ${configuration.bus.kind}, read models ${configuration.readModels.kind}`,
    );
    return app;
  } catch (error) {
    process.stderr.write(`IA Suite ${definition.name} could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

function jsonBody() {
  const parse = express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/*+json'] });
  return (request: Request, response: Response, next: NextFunction) =>
    parse(request, response, (error?: unknown) => {
      const forbidden = error ? undefined : findForbiddenKey(request.body);
      if (!error && forbidden === undefined) return next();
      const body = error
        ? toProblem(error)
        : toProblem(
            new ProblemError(400, 'REQUEST.FORBIDDEN_FIELD', '请求包含不允许的字段名', `The field name "${forbidden}" is not allowed`),
          );
      const requestId = currentRequestContext()?.requestId;
      response
        .status(body.status)
        .type(PROBLEM_CONTENT_TYPE)
        .send(JSON.stringify({ type: problemType(body.code), ...body, instance: request.path, ...(requestId && { requestId }) }));
    });
}

/** One line a request: never the body or the query, which may hold personal data. */
function accessLog() {
  const logger = new Logger('Http');
  return (request: Request, response: Response, next: NextFunction) => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const milliseconds = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log({
        message: 'request',
        method: request.method,
        path: request.path,
        status: response.statusCode,
        milliseconds: Math.round(milliseconds * 10) / 10,
      });
    });
    next();
  };
}
