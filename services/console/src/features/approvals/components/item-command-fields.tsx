import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Form, Input } from 'antd';
import { SelectField } from '../../../components/select-field';
import { DateInput } from '../../../components/date-input';
import { useI18n } from '../../../lib/i18n/i18n';

export interface Material {
  readonly code: string;
  readonly name: string;
}

const required = (message: string) => ({ required: true, message });

export function DateField({ name, label }: { readonly name: string; readonly label: string }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={label} rules={[required(t('form.required'))]}>
      <DateInput />
    </Form.Item>
  );
}

export function TextField({ name, label, area = false }: { readonly name: string; readonly label: string; readonly area?: boolean }) {
  const { t } = useI18n();
  return (
    <Form.Item name={name} label={label} rules={[required(t('form.required'))]}>
      {area ? <Input.TextArea rows={3} /> : <Input autoComplete="off" />}
    </Form.Item>
  );
}

/** 三个一: one form, one set of materials, one ID card. */
export function IntakeFields({ materials }: { readonly materials: readonly Material[] }) {
  const { t } = useI18n();
  return (
    <>
      <DateField name="receivedOn" label={t('intake.receivedOn')} />
      <TextField name="formReference" label={t('intake.formReference')} />
      <TextField name="applicantName" label={t('intake.applicantName')} />
      <TextField name="applicantIdNumber" label={t('intake.applicantIdNumber')} />
      <Form.Item name="materialCodes" label={t('intake.materials')} rules={[required(t('form.required'))]}>
        <Checkbox.Group options={materials.map((material) => ({ value: material.code, label: material.name }))} />
      </Form.Item>
    </>
  );
}

/** 容缺受理: each missing secondary material with the date the enterprise promises it. */
export function DeficiencyFields({ materials }: { readonly materials: readonly Material[] }) {
  const { t } = useI18n();
  return (
    <>
      <DateField name="acceptedOn" label={t('acceptance.acceptedOn')} />
      <Form.List
        name="deficiencies"
        rules={[
          {
            validator: (_rule, value: unknown[]) =>
              value?.length ? Promise.resolve() : Promise.reject(new Error(t('deficiency.atLeastOne'))),
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline" wrap>
                <Form.Item
                  name={[field.name, 'materialCode']}
                  label={t('deficiency.material')}
                  rules={[required(t('form.required'))]}
                  style={{ minWidth: 200, flex: 1 }}
                >
                  <SelectField options={materials.map((material) => ({ value: material.code, label: material.name }))} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'promisedOn']}
                  label={t('deficiency.promisedOn')}
                  rules={[required(t('form.required'))]}
                  style={{ minWidth: 160, flex: 1 }}
                >
                  <DateInput />
                </Form.Item>
                <Button type="text" aria-label={t('form.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()} block>
              {t('deficiency.add')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </>
  );
}

export function SupplyFields({ materials }: { readonly materials: readonly Material[] }) {
  const { t } = useI18n();
  return (
    <>
      <Form.Item name="materialCode" label={t('deficiency.material')} rules={[required(t('form.required'))]}>
        <SelectField options={materials.map((material) => ({ value: material.code, label: material.name }))} />
      </Form.Item>
      <DateField name="suppliedOn" label={t('supply.suppliedOn')} />
    </>
  );
}
