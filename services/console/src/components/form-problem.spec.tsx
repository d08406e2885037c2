import { act, screen } from '@testing-library/react';
import { Form, Input } from 'antd';
import type { FormInstance } from 'antd';
import { ApiProblem } from '../lib/api/problem';
import { renderInConsole } from '../testing/render';
import { showProblemOnFields } from './form-problem';

describe('a refusal shown next to the field it names', () => {
  it('puts the field error’s Chinese title and code under that field', async () => {
    let form: FormInstance | undefined;
    function Probe() {
      const [instance] = Form.useForm();
      form = instance;
      return (
        <Form form={instance} initialValues={{ uscc: 'x', companyName: '星辰' }}>
          <Form.Item name="uscc" label="代码">
            <Input />
          </Form.Item>
          <Form.Item name="companyName" label="名称">
            <Input />
          </Form.Item>
          <Form.Item name="sourceName" label="来源名称">
            <Input />
          </Form.Item>
        </Form>
      );
    }
    renderInConsole(<Probe />);
    const problem = new ApiProblem(400, 'REQUEST.VALIDATION_FAILED', '请求参数有误', 'Invalid', [
      { field: 'uscc', code: 'USCC.CHECK_CHARACTER', title: '统一社会信用代码校验码错误', detail: 'Wrong check character' },
      { field: 'unknownField', code: 'X', title: '不在表单上', detail: '' },
      { field: 'sourceName', detail: 'sourceName must match /\\S/ regular expression' },
    ]);
    let placed = false;
    act(() => {
      placed = showProblemOnFields(form as FormInstance, problem, false);
    });
    expect(placed).toBe(true);
    expect(await screen.findByText('统一社会信用代码校验码错误 (USCC.CHECK_CHARACTER)')).toBeInTheDocument();
    expect(screen.queryByText(/不在表单上/)).not.toBeInTheDocument();
    // A field the person left empty takes its refusal too, in the platform's words when it has no title of its own.
    expect(
      await screen.findByText('请求参数有误：sourceName must match /\\S/ regular expression (REQUEST.VALIDATION_FAILED)'),
    ).toBeInTheDocument();
  });

  it('answers false for a refusal that names no field of the form, so the form shows it above itself', () => {
    let form: FormInstance | undefined;
    function Probe() {
      const [instance] = Form.useForm();
      form = instance;
      return <Form form={instance} />;
    }
    renderInConsole(<Probe />);
    expect(showProblemOnFields(form as FormInstance, new ApiProblem(409, 'LEAD.CLOSED', '线索已关闭', 'Closed'), false)).toBe(false);
    expect(showProblemOnFields(form as FormInstance, new Error('x'), false)).toBe(false);
  });
});
