import { Body, Controller, Param, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import type { Request, Response } from 'express';
import { CurrentPrincipal, InPark, PersonalDataVault, Roles, type Principal } from '@ia/platform';
import { contactSubject } from '@ia/lead-intake/domain';
import { LeadCommandRoute } from '../shared/docs';
import { LeadCommands, type CommandAnswer } from '../shared/lead-commands';
import { LeadParks } from '../shared/lead-parks';

export class ErasePersonalDataBody {
  @ApiProperty({ description: '依据 / the request and its legal basis', example: '联系人依《个人信息保护法》第四十七条申请删除' })
  @IsString()
  @MaxLength(2000)
  @Matches(/\S/)
  reason!: string;
}

@ApiTags('leads 招商线索')
@ApiBearerAuth()
@Controller('api/v1/leads')
export class ErasePersonalDataController {
  constructor(
    private readonly leads: LeadCommands,
    private readonly vault: PersonalDataVault,
  ) {}

  @Post(':id/personal-data-erasure')
  @Roles('admin')
  @InPark({ param: 'id' }, LeadParks)
  @LeadCommandRoute('删除联系人个人信息 / Erase the contact’s personal data: its key is destroyed, the history stays replayable')
  async erase(
    @Param('id') id: string,
    @Body() body: ErasePersonalDataBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ): Promise<CommandAnswer> {
    const subject = contactSubject(id);
    // The fact first, then the key: a crash in between leaves a lead that reads as erased and a retry that finishes the job.
    const answer = await this.leads.run({ id, request, response, principal, options: { reason: body.reason } }, () => ({
      type: 'ErasePersonalData',
      data: { subject },
    }));
    await this.vault.erase(subject);
    return answer;
  }
}
