import { HttpException, HttpStatus } from '@nestjs/common';
import { ConcurrencyError, DomainError, DuplicateEventError, IdempotencyError } from '@ia/kernel';
import { ProblemError, type ProblemBody } from './problem';
import { RequestValidationError } from './validation';

type Body = ProblemBody;

const HTTP_TITLES: Readonly<Record<number, [string, string, string]>> = {
  400: ['REQUEST.INVALID', '请求无效', 'The request is not valid'],
  401: ['AUTH.UNAUTHENTICATED', '未认证', 'Authentication is required'],
  403: ['AUTH.FORBIDDEN', '无权访问', 'You are not allowed to do this'],
  404: ['REQUEST.NOT_FOUND', '资源不存在', 'No such resource'],
  405: ['REQUEST.METHOD_NOT_ALLOWED', '不支持的请求方法', 'Method not allowed'],
  406: ['REQUEST.NOT_ACCEPTABLE', '无法提供所需格式', 'Not acceptable'],
  413: ['REQUEST.TOO_LARGE', '请求内容过大', 'The request body is too large'],
  415: ['REQUEST.UNSUPPORTED_MEDIA_TYPE', '不支持的内容类型', 'Unsupported media type'],
  429: ['REQUEST.TOO_MANY', '请求过于频繁', 'Too many requests'],
};

/** Turns anything thrown while handling a request into problem details; unknown errors are 500s and bugs. */
export function toProblem(error: unknown): Body & { readonly internal?: true } {
  if (error instanceof RequestValidationError) {
    return problem(400, 'REQUEST.VALIDATION_FAILED', '请求参数校验失败', 'One or more fields are invalid', { errors: error.errors });
  }
  if (error instanceof ProblemError) return problem(error.status, error.code, error.title, error.detail, error.extensions);
  if (error instanceof DomainError) {
    const status = /NOT_FOUND$/.test(error.code) ? 404 : 409;
    return problem(status, error.code, error.title, error.detail, error.extensions);
  }
  if (error instanceof ConcurrencyError) {
    if (error.clientPinned) {
      return problem(
        412,
        'STREAM.REVISION_MISMATCH',
        '数据已被他人修改，请刷新后重试',
        `You saw revision ${error.expected}; it is now ${error.actual}`,
        { currentRevision: Number(error.actual) },
      );
    }
    return problem(
      409,
      error.code,
      '数据已被他人修改，请刷新后重试',
      `The record changed meanwhile (expected ${error.expected}, found ${error.actual}); reload and try again`,
    );
  }
  if (error instanceof IdempotencyError) {
    return error.code === 'IDEMPOTENCY.KEY_REUSED'
      ? problem(422, error.code, '幂等键已用于其他请求', 'This Idempotency-Key was used with a different request')
      : problem(409, error.code, '相同请求正在处理中', 'A request with this Idempotency-Key is still being processed');
  }
  if (error instanceof DuplicateEventError) return problem(409, error.code, '重复的事件', error.message);
  if (error instanceof HttpException) return fromHttpException(error);
  if (isBodyParserError(error)) return fromBodyParser(error);
  return { ...problem(500, 'INTERNAL', '系统内部错误', 'An unexpected error occurred; it has been logged'), internal: true };
}

function problem(status: number, code: string, title: string, detail: string, extensions: Readonly<Record<string, unknown>> = {}): Body {
  return { ...extensions, status, code, title, detail };
}

function fromHttpException(error: HttpException): Body {
  const status = error.getStatus();
  const known = HTTP_TITLES[status];
  if (known) return problem(status, known[0], known[1], detailOf(error) ?? known[2]);
  if (status >= 500) return problem(status, 'INTERNAL', '系统内部错误', 'An unexpected error occurred');
  return problem(status, `HTTP.${status}`, '请求失败', detailOf(error) ?? HttpStatus[status] ?? 'Request failed');
}

function detailOf(error: HttpException): string | undefined {
  const response = error.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}

interface BodyParserError {
  readonly type: string;
  readonly status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as BodyParserError).type === 'string' &&
    typeof (error as BodyParserError).status === 'number'
  );
}

function fromBodyParser(error: BodyParserError): Body {
  switch (error.type) {
    case 'entity.parse.failed':
      return problem(400, 'REQUEST.MALFORMED_JSON', '请求体不是有效的 JSON', 'The request body is not valid JSON');
    case 'entity.too.large':
      return problem(413, 'REQUEST.TOO_LARGE', '请求内容过大', 'The request body is too large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return problem(415, 'REQUEST.UNSUPPORTED_ENCODING', '不支持的字符编码', 'Unsupported body encoding or charset');
    default:
      return problem(
        error.status >= 400 && error.status < 500 ? error.status : 400,
        'REQUEST.UNREADABLE',
        '无法读取请求体',
        'The request body could not be read',
      );
  }
}
