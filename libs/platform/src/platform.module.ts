import { Global, Module, type DynamicModule, Logger } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { SESSION_STORE } from '@ia/kernel';
import { AuthenticationGuard } from './auth/authentication.guard';
import { ConsoleSessions } from './auth/console-sessions';
import { RoutePermissions } from './auth/route-permissions';
import { openSessionStore } from './auth/session-store-factory';
import type { Configuration } from './config/configuration';
import { createEngines } from './engines/engines';
import { uuidv7 } from './engines/ids';
import { EventSourcingRuntime } from './engines/runtime';
import { CLOCK, CONFIGURATION, ENGINES, ID_GENERATOR, METRICS, SERVICE_NAME, systemClock, TRACING, type Clock } from './engines/tokens';
import type { Metrics } from './observability/metrics';
import { TracingShutdown } from './observability/metric-sources';
import type { Tracing } from './observability/tracing';
import { HealthController } from './health/health.controller';
import { OperationsController } from './health/operations.controller';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { createValidationPipe } from './http/validation';
import { TokenVerifier } from './auth/token-verifier';
import { OPENED_KEY_STORE, openKeyStore, type ClosableKeyStore } from './privacy/key-store-factory';
import { Backups } from './operations/backups';
import { MetricSourcesWiring } from './observability/metric-sources';
import { BackupsController } from './operations/backups.controller';
import { PersonalDataVault } from './privacy/personal-data-vault';

export interface PlatformOptions {
  readonly configuration: Configuration;
  readonly service: string;
  /** Tests fix the time here. */
  readonly clock?: Clock;
  /** Set when metrics are on (IA_METRICS_TOKEN). */
  readonly metrics?: Metrics;
  /** Set when traces are exported. */
  readonly tracing?: Tracing;
}

@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const busLogger = new Logger('Bus');
    return {
      module: PlatformModule,
      imports: [CqrsModule.forRoot(), DiscoveryModule],
      controllers: [HealthController, OperationsController, BackupsController],
      providers: [
        { provide: CONFIGURATION, useValue: options.configuration },
        { provide: SERVICE_NAME, useValue: options.service },
        { provide: CLOCK, useValue: options.clock ?? systemClock },
        { provide: ID_GENERATOR, useValue: () => uuidv7() },
        { provide: METRICS, useValue: options.metrics ?? null },
        { provide: TRACING, useValue: options.tracing ?? null },
        TracingShutdown,
        {
          provide: ENGINES,
          useFactory: async () => {
            const engines = await createEngines(options.configuration, {
              service: options.service,
              onBusError: (error, context) =>
                busLogger.warn(`Consumer ${context.consumer} failed on ${context.eventId ?? 'a batch'}: ${String(error)}`),
            });
            // Commands append through the store the runtime hands out: timing and tracing it there covers every append.
            const traced = options.tracing ? options.tracing.traceStore(engines.store) : engines.store;
            const store = options.metrics ? options.metrics.measureStore(traced) : traced;
            return store === engines.store ? engines : { ...engines, store };
          },
        },
        EventSourcingRuntime,
        { provide: OPENED_KEY_STORE, useFactory: () => openKeyStore(options.configuration.keyStore) },
        { provide: PersonalDataVault, useFactory: (keys: ClosableKeyStore) => new PersonalDataVault(keys), inject: [OPENED_KEY_STORE] },
        Backups,
        MetricSourcesWiring,
        { provide: TokenVerifier, useFactory: () => new TokenVerifier(options.configuration.jwt) },
        { provide: SESSION_STORE, useFactory: () => openSessionStore(options.configuration.sessions.store) },
        ConsoleSessions,
        RoutePermissions,
        { provide: APP_GUARD, useClass: AuthenticationGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
      exports: [
        CONFIGURATION,
        SERVICE_NAME,
        CLOCK,
        ID_GENERATOR,
        ENGINES,
        METRICS,
        TRACING,
        EventSourcingRuntime,
        PersonalDataVault,
        OPENED_KEY_STORE,
        Backups,
        TokenVerifier,
        SESSION_STORE,
        ConsoleSessions,
        RoutePermissions,
        CqrsModule,
      ],
    };
  }
}
