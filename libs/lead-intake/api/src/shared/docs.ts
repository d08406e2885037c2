import { applyDecorators, HttpCode } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { COMMAND_ANSWER_EXAMPLE, REFUSAL_EXAMPLE } from './openapi-examples';

/** What every command on an existing lead answers, documented once. */
export function LeadCommandRoute(summary: string) {
  return applyDecorators(
    HttpCode(200),
    ApiOperation({ summary }),
    ApiHeader({ name: 'If-Match', required: false, description: '上次读取的版本号 / the revision last seen, e.g. "3"' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: '幂等键 / makes a retry safe' }),
    ApiOkResponse({
      description: '已记录 / recorded; ETag carries the new revision',
      schema: { example: { ...COMMAND_ANSWER_EXAMPLE, revision: 3 } },
    }),
    ApiBadRequestResponse({ description: 'REQUEST.VALIDATION_FAILED 请求参数校验失败' }),
    ApiForbiddenResponse({ description: 'AUTH.PARK_NOT_ALLOWED 无权访问该园区的数据' }),
    ApiNotFoundResponse({ description: 'LEAD.NOT_FOUND 线索不存在' }),
    ApiConflictResponse({ description: '业务规则拒绝 / refused by a rule, with its code', schema: { example: REFUSAL_EXAMPLE } }),
  );
}
