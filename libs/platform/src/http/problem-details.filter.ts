import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { currentRequestContext } from '../logging/request-context';
import { PROBLEM_CONTENT_TYPE, problemType } from './problem';
import { toProblem } from './problem-mapping';

/** Every error leaves as problem+json; a 500 is logged with its stack because it is a bug. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { internal, ...body } = toProblem(error);
    if (internal)
      this.logger.error(
        error instanceof Error ? `${error.name}: ${error.message}` : String(error),
        error instanceof Error ? error.stack : undefined,
      );
    if (response.headersSent) return;
    const requestId = currentRequestContext()?.requestId;
    response
      .status(body.status)
      .type(PROBLEM_CONTENT_TYPE)
      .send(
        JSON.stringify({
          type: problemType(body.code),
          ...body,
          instance: request.originalUrl.split('?')[0],
          ...(requestId && { requestId }),
        }),
      );
  }
}
