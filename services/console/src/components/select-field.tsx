import { Select, type SelectProps } from 'antd';

/**
 * A Select inside a required Form.Item. The form puts aria-required on its child, which Select renders on a
 * wrapper element where ARIA does not allow it (axe: aria-allowed-attr); the label's mark says it is required.
 */
export function SelectField<Value>(props: SelectProps<Value> & { readonly 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  return <Select<Value> {...rest} />;
}
