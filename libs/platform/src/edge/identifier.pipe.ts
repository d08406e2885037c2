import { Injectable, type PipeTransform } from '@nestjs/common';
import { ProblemError } from '../http/problem';

const IDENTIFIER = /^[A-Za-z0-9_-]{1,64}$/;

/** Ids in paths become stream names: only letters, digits, '-' and '_' may reach the store. */
@Injectable()
export class ParseIdentifierPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!IDENTIFIER.test(value))
      throw new ProblemError(400, 'REQUEST.INVALID_IDENTIFIER', '标识格式无效', 'An id is 1 to 64 letters, digits, "-" or "_"');
    return value;
  }
}
