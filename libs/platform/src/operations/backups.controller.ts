import { Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { CountyWide } from '../auth/park-scope';
import { Backups } from './backups';

/** The backups of the embedded stores: what is kept, and one more on demand (before an upgrade, say). */
@ApiTags('operations 运维')
@ApiBearerAuth()
@CountyWide()
@Controller('api/v1/operations/backups')
export class BackupsController {
  constructor(private readonly backups: Backups) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: '已有备份 / Backups kept, newest first' })
  list() {
    return { items: this.backups.list() };
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: '立即备份 / Take a backup now, while the suite keeps serving' })
  take() {
    return this.backups.takeNow();
  }
}
