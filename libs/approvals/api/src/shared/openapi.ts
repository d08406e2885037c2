import { applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';

const problem = (status: number, code: string, title: string, detail: string) => ({
  description: title,
  content: { 'application/problem+json': { example: { type: `urn:ia-suite:problem:${code}`, status, code, title, detail } } },
});

const WRITTEN_EXAMPLE = { id: '01956d3e-8c41-7c2a-9f10-3b5d2e7a4c11', revision: 3 };

/** A command on an approval item: 200 with the new revision, or a problem. */
export function ApiItemCommand(summary: string, description: string, refusal: [string, string, string]) {
  return applyDecorators(
    ApiOperation({ summary, description }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: '幂等键：重试时返回首次结果 / makes a retry safe' }),
    ApiHeader({ name: 'If-Match', required: false, description: '上次读取的版本号，例如 "3" / the revision last seen' }),
    ApiOkResponse({ description: '已记录 / recorded; ETag carries the revision', schema: { example: WRITTEN_EXAMPLE } }),
    ApiBadRequestResponse(problem(400, 'REQUEST.VALIDATION_FAILED', '请求参数校验失败', 'One or more fields are invalid')),
    ApiNotFoundResponse(problem(404, 'APPROVAL.NOT_FOUND', '审批事项不存在', 'No such approval item')),
    ApiConflictResponse(problem(409, ...refusal)),
  );
}

export function ApiCreate(summary: string, description: string, refusal: [string, string, string]) {
  return applyDecorators(
    ApiOperation({ summary, description }),
    ApiCreatedResponse({ description: '已创建 / created; Location names it', schema: { example: WRITTEN_EXAMPLE } }),
    ApiBadRequestResponse(problem(400, 'REQUEST.VALIDATION_FAILED', '请求参数校验失败', 'One or more fields are invalid')),
    ApiConflictResponse(problem(409, ...refusal)),
  );
}

export function ApiWrite(summary: string, description: string, refusal: [string, string, string]) {
  return applyDecorators(
    ApiOperation({ summary, description }),
    ApiOkResponse({ description: '已记录 / recorded', schema: { example: { id: 'park', revision: 2 } } }),
    ApiBadRequestResponse(problem(400, 'REQUEST.VALIDATION_FAILED', '请求参数校验失败', 'One or more fields are invalid')),
    ApiConflictResponse(problem(409, ...refusal)),
  );
}

export function ApiRead(summary: string, description: string, example: unknown) {
  return applyDecorators(
    ApiOperation({ summary, description }),
    ApiOkResponse({ description: '查询结果 / the result', schema: { example } }),
  );
}

export const ITEM_EXAMPLE = {
  id: '01956d3e-8c41-7c2a-9f10-3b5d2e7a4c11',
  revision: 4,
  itemId: '01956d3e-8c41-7c2a-9f10-3b5d2e7a4c11',
  projectId: '01956d3e-7b00-7a11-8e21-5c6d7e8f9a01',
  parkId: 'xiangxiang-edz',
  status: 'submitted',
  item: {
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
  origin: 'signing',
  packageCode: 'standard_industrial',
  openedOn: '2026-03-02',
  assignee: 'agent-wang',
  intake: {
    receivedOn: '2026-03-02',
    formReference: '湘乡经开区代办〔2026〕0301号',
    applicantName: '王**',
    applicantIdNumber: '430381********0020',
    materialCodes: ['application_form', 'business_licence', 'project_summary'],
  },
  acceptedOn: '2026-03-02',
  acceptance: 'tolerated_deficiency',
  deficiencies: [{ materialCode: 'investment_agreement', promisedOn: '2026-03-06' }],
  suspensions: [],
  corrections: [],
  submittedOn: '2026-03-02',
  authority: '湘潭市发展和改革委员会',
  latestOn: '2026-03-02',
  clock: {
    state: 'running',
    limitDays: 0,
    startedOn: '2026-03-02',
    dueOn: '2026-03-02',
    provisional: false,
    pausedDays: 0,
    usedDays: 0,
    remainingDays: 0,
    overdue: false,
    overdueDays: 0,
  },
};

/** An item that went the whole way: accepted with a missing material, suspended until it came, corrected, granted. */
export const GRANTED_ITEM_EXAMPLE = {
  ...ITEM_EXAMPLE,
  revision: 11,
  status: 'granted',
  dueOn: '2026-03-02',
  deficiencies: [{ materialCode: 'investment_agreement', promisedOn: '2026-03-06', suppliedOn: '2026-03-10' }],
  suspensions: [
    {
      suspendedOn: '2026-03-09',
      missedMaterials: ['investment_agreement'],
      supplyBy: '2026-03-30',
      supplyByProvisional: false,
      resumedOn: '2026-03-10',
    },
  ],
  corrections: [{ returnedOn: '2026-03-11', reason: '项目概况缺少用地面积' }],
  submittedOn: '2026-03-12',
  grant: { grantedOn: '2026-03-12', licenceNumber: '湘发改备〔2026〕88号', projectCode: '2026-430381-38-03-000123' },
  closedOn: '2026-03-12',
  latestOn: '2026-03-12',
  clock: { ...ITEM_EXAMPLE.clock, state: 'stopped', usedDays: 1, pausedDays: 1 },
};
