import { Body, Controller, Get, HttpCode, Param, Put, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Catalog, CatalogCommand } from '@ia/approvals/domain';
import { CountyWide, CurrentPrincipal, ParkFiltered, ProblemError, Roles, type Principal, written } from '@ia/platform';
import { ExecuteCatalogCommand } from '../shared/command-handlers';
import { CommandRunner } from '../shared/command-runner';
import { CODE_PATTERN } from '../shared/identifiers';
import { ApiRead, ApiWrite } from '../shared/openapi';
import { CatalogItemBody, DefaultPackageBody, PackageBody } from './catalog.dto';
import { GetCatalog } from './catalog.query';

const CATALOG_EXAMPLE = {
  defaultPackage: 'standard_industrial',
  items: {
    project_filing: {
      code: 'project_filing',
      name: '投资项目备案（立项）',
      stage: 'project_approval',
      timeLimitDays: 0,
      commitmentAllowed: true,
      deficiencyAllowed: true,
      prerequisites: ['business_registration'],
      givesProjectCode: true,
      materials: [{ code: 'application_form', name: '申请表', kind: 'core' }],
    },
  },
  packages: {
    standard_industrial: {
      code: 'standard_industrial',
      name: '标准工业项目“一件事”',
      projectKind: '新建工业项目（出让用地）',
      itemCodes: ['business_registration', 'tax_registration', 'project_filing'],
    },
  },
};

function code(value: string): string {
  if (!CODE_PATTERN.test(value))
    throw new ProblemError(400, 'REQUEST.INVALID_CODE', '编码格式无效', 'A code is lower-case letters, digits and underscores');
  return value;
}

@ApiTags('代办审批 · 事项目录 / item catalog')
@ApiBearerAuth()
@Controller('api/v1/approvals/catalog')
export class CatalogController {
  constructor(
    private readonly runner: CommandRunner,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Roles('agent', 'admin', 'leader', 'auditor')
  // County reference data, the same for every park: nothing in it to leave out.
  @ParkFiltered()
  @ApiRead('审批事项目录与“一件事”套餐', 'The item catalog (seeded from the park practice) and the packages.', CATALOG_EXAMPLE)
  read(): Promise<Catalog> {
    return this.queries.execute(new GetCatalog());
  }

  @Put('items/:code')
  @HttpCode(200)
  @Roles('admin')
  @CountyWide()
  @ApiWrite(
    '定义或修订审批事项',
    'Define or revise an item: stage, materials, working-day limit, commitment, tolerated deficiency, prerequisites.',
    ['CATALOG.PREREQUISITE_CYCLE', '前置事项形成循环', 'energy_review would come before itself'],
  )
  defineItem(
    @Param('code') itemCode: string,
    @Body() body: CatalogItemBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const materials = body.materials.map(({ code: materialCode, name, kind }) => ({ code: materialCode, name, kind }));
    const { name, stage, timeLimitDays, commitmentAllowed, deficiencyAllowed, prerequisites, givesProjectCode } = body;
    const item = {
      code: code(itemCode),
      name,
      stage,
      materials,
      timeLimitDays,
      commitmentAllowed,
      deficiencyAllowed,
      prerequisites,
      givesProjectCode,
    };
    return this.run({ type: 'DefineItem', data: { item } }, request, response, principal);
  }

  @Put('packages/:code')
  @HttpCode(200)
  @Roles('admin')
  @CountyWide()
  @ApiWrite('定义“一件事”套餐', 'Define or revise a package; it must hold every prerequisite of its items.', [
    'CATALOG.PACKAGE_MISSING_PREREQUISITE',
    '套餐缺少前置事项',
    'The package lacks prerequisites: project_filing',
  ])
  definePackage(
    @Param('code') packageCode: string,
    @Body() body: PackageBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    const bundle = { code: code(packageCode), name: body.name, projectKind: body.projectKind, itemCodes: body.itemCodes };
    return this.run({ type: 'DefinePackage', data: { package: bundle } }, request, response, principal);
  }

  @Put('default-package')
  @HttpCode(200)
  @Roles('admin')
  @CountyWide()
  @ApiWrite('设置默认套餐', 'The package a signed project gets when it names none.', [
    'PACKAGE.NOT_FOUND',
    '套餐不存在',
    'No package moon_base',
  ])
  chooseDefault(
    @Body() body: DefaultPackageBody,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal: Principal,
  ) {
    return this.run({ type: 'ChooseDefaultPackage', data: { packageCode: body.packageCode } }, request, response, principal);
  }

  private async run(command: CatalogCommand, request: Request, response: Response, principal: Principal) {
    const result = await this.commands.execute(new ExecuteCatalogCommand(command, this.runner.context({ request, response, principal })));
    return written(response, 'park', result);
  }
}
