// Routes for the platform's own park-scope tests: one of each kind a context declares.
import { Body, Controller, Get, Injectable, Module, Param, Post } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
import { CurrentPrincipal, Roles } from '../auth/decorators';
import { CountyWide, InPark, ParkFiltered, withinParks, type ParkLocator } from '../auth/park-scope';
import type { Principal } from '../auth/principal';

const SITES: ReadonlyArray<{ id: string; parkId: string }> = [
  { id: 'east-1', parkId: 'east-park' },
  { id: 'west-1', parkId: 'west-park' },
];

/** `unplaced-*` sites exist with no park known yet; any other unknown id is no site at all. */
@Injectable()
export class SiteParks implements ParkLocator {
  async parkOf(id: string): Promise<string | null | undefined> {
    if (id.startsWith('unplaced-')) return null;
    return SITES.find((site) => site.id === id)?.parkId;
  }
}

class SiteBody {
  @IsString()
  @MaxLength(64)
  parkId!: string;

  @IsString()
  @MaxLength(64)
  name!: string;
}

@Controller('api/v1/sites')
class SitesController {
  @Get()
  @Roles('leader')
  @ParkFiltered()
  list(@CurrentPrincipal() principal: Principal) {
    return { items: withinParks(principal, SITES, (site) => site.parkId) };
  }

  @Get(':id')
  @Roles('leader')
  @InPark({ param: 'id' }, SiteParks)
  read(@Param('id') id: string) {
    return { id };
  }

  @Post()
  @Roles('leader')
  @InPark({ body: 'parkId' })
  create(@Body() body: SiteBody) {
    return { created: body.name };
  }

  @Get('settings/county')
  @Roles('leader')
  @CountyWide()
  settings() {
    return { county: true };
  }

  @Get('settings/unscoped')
  @Roles('leader')
  unscoped() {
    return { unscoped: true };
  }
}

@Module({ controllers: [SitesController], providers: [SiteParks] })
export class ParksModule {}
