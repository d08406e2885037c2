import { Injectable, type PipeTransform } from '@nestjs/common';
import { ProblemError, UUID_PATTERN } from '@ia/platform';

@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID_PATTERN.test(value))
      throw new ProblemError(400, 'REQUEST.INVALID_ID', '标识格式无效', `'${value.slice(0, 64)}' is not a UUID`);
    return value;
  }
}

export const CODE_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;
