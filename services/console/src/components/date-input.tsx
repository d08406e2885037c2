import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

interface Props {
  readonly value?: string;
  readonly onChange?: (value: string | undefined) => void;
  readonly id?: string;
}

/** A business date field whose value is the API's 'YYYY-MM-DD', picked on the localised calendar. */
export function DateInput({ value, onChange, id }: Props) {
  return (
    <DatePicker
      id={id}
      style={{ width: '100%' }}
      value={value ? dayjs(value) : null}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format('YYYY-MM-DD') : undefined)}
    />
  );
}
