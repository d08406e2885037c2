import { Injectable, type PipeTransform } from '@nestjs/common';
import { ProblemError } from '@ia/platform';
import { isMonth } from '@ia/commissioning/domain';

@Injectable()
export class ParseMonthPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isMonth(value)) throw new ProblemError(400, 'REQUEST.INVALID_MONTH', '月份格式无效', 'A month is written YYYY-MM, e.g. 2026-02');
    return value;
  }
}
