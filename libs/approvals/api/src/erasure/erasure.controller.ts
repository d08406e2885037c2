import { Body, Controller, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { applicantSubject } from '@ia/approvals/domain';
import { CurrentPrincipal, InPark, PersonalDataVault, Roles, type Principal } from '@ia/platform';
import { CommandRunner } from '../shared/command-runner';
import { ParseIdPipe } from '../shared/identifiers';
import { ApiItemCommand } from '../shared/openapi';
import { ItemParks } from '../shared/park-locators';
import { EraseApplicantDataBody } from './erasure.dto';

@ApiTags('代办审批 · 个人信息 / personal data')
@ApiBearerAuth()
@Controller('api/v1/approvals/:itemId')
@InPark({ param: 'itemId' }, ItemParks)
export class ErasureController {
  constructor(
    private readonly runner: CommandRunner,
    private readonly vault: PersonalDataVault,
  ) {}

  @Post('personal-data-erasure')
  @HttpCode(200)
  @Roles('admin')
  @ApiItemCommand(
    '删除经办人个人信息',
    'Erase the applicant’s name and ID number taken in with the materials: the erasure is recorded, then the key is destroyed; the history stays replayable.',
    ['APPROVAL.NO_APPLICANT_DATA', '该事项尚未收取经办人个人信息', 'No applicant data was taken in for this item'],
  )
  async erase(
    @Param('itemId', ParseIdPipe) itemId: string,
    @Body() body: EraseApplicantDataBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    // The fact first, then the key: a crash in between leaves an item that reads as erased and a retry that finishes the job.
    const written = await this.runner.onItem(
      { request, response, principal },
      itemId,
      { type: 'EraseApplicantData', data: {} },
      { reason: body.reason },
    );
    await this.vault.erase(applicantSubject(itemId));
    return written;
  }
}
