import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/decorators';
import type { Engines } from '../engines/engines';
import { ENGINES, SERVICE_NAME } from '../engines/tokens';

const PING_TIMEOUT = 2_000;

type EngineHealth = { readonly engine: string; readonly status: 'up' | 'down'; readonly error?: string };

@ApiTags('health 健康检查')
@Controller('health')
export class HealthController {
  constructor(
    @Inject(ENGINES) private readonly engines: Engines,
    @Inject(SERVICE_NAME) private readonly service: string,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: '服务与引擎健康状况 / Health of the service and each engine it uses' })
  @ApiOkResponse({ description: 'All engines answer' })
  @ApiServiceUnavailableResponse({ description: 'At least one engine does not answer' })
  async health(@Res({ passthrough: true }) response: Response) {
    const { store, readModels, bus, names } = this.engines;
    const checks = {
      store: await probe(names.store, () => store.ping()),
      readModels: await probe(names.readModels, () => readModels.ping()),
      bus: await probe(names.bus, () => bus.ping()),
    };
    const up = Object.values(checks).every((check) => check.status === 'up');
    response.status(up ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: up ? 'up' : 'down', service: this.service, engines: checks };
  }
}

async function probe(engine: string, ping: () => Promise<void>): Promise<EngineHealth> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ping(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('no answer within 2 s')), PING_TIMEOUT))),
    ]);
    return { engine, status: 'up' };
  } catch (error) {
    return { engine, status: 'down', error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}
