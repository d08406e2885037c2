import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { assertParkAllowed, CurrentPrincipal, ParkFiltered, Roles, type Principal } from '@ia/platform';
import type { CultivationPools } from '@ia/commissioning/domain';
import { CommissioningCommands } from '../shared/commissioning-commands';
import { ListCultivationPools } from './list-pools.query';
import { POOLS_EXAMPLE } from './pools-example';

export class PoolsQuery {
  @ApiPropertyOptional({ description: '年度，缺省为今年 / the year, this year by default', example: '2026' })
  @IsOptional()
  @Matches(/^20\d{2}$/, { message: 'year must be a year from 2000 to 2099' })
  year?: string;

  @ApiPropertyOptional({
    description: '园区，缺省为本人所属的全部园区 / one park, by default every park the caller works for',
    example: 'park-xiangxiang',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  parkId?: string;
}

@ApiTags('commissioning 投产')
@ApiBearerAuth()
@Controller('api/v1/commissioning/pools')
export class ListPoolsController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly commands: CommissioningCommands,
  ) {}

  @Get()
  @Roles('promoter', 'leader', 'admin', 'auditor')
  @ParkFiltered()
  @ApiOperation({
    summary:
      '培育库：续建、新建、拟投产、规上，及准规上、待纳统、易退库预警 / Cultivation pools and early warnings, derived from the events',
  })
  @ApiOkResponse({ description: '培育库 / cultivation pools', schema: { example: POOLS_EXAMPLE } })
  list(@Query() query: PoolsQuery, @CurrentPrincipal() principal: Principal): Promise<CultivationPools> {
    if (query.parkId !== undefined) assertParkAllowed(principal, query.parkId);
    const year = Number(query.year ?? this.commands.today().slice(0, 4));
    return this.queryBus.execute(new ListCultivationPools(year, principal, query.parkId));
  }
}
