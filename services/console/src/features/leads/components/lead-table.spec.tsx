import { screen, within } from '@testing-library/react';
import { renderInConsole } from '../../../testing/render';
import { LeadTable } from './lead-table';

describe('the leads table', () => {
  it('shows each lead with its amount in 万元, its date with the weekday, and the server’s overdue flags', () => {
    renderInConsole(
      <LeadTable
        loading={false}
        onPage={() => undefined}
        page={{
          total: 41,
          page: 2,
          pageSize: 20,
          items: [
            {
              id: 'l-1',
              companyName: '湖南星辰电气有限公司',
              uscc: '91430100MA4L12345A',
              industry: { section: 'C', division: '38' },
              source: 'promotion_event',
              status: 'open',
              intendedInvestment: 300_000_000,
              promoterId: 'zhang.wei',
              registeredOn: '2026-03-04',
              timeliness: { overdue: ['first_response'], provisional: false },
            },
          ],
        }}
      />,
    );
    const row = screen.getByRole('link', { name: '湖南星辰电气有限公司' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('30,000 万元')).toBeInTheDocument();
    expect(within(row).getByText('2026年3月4日 星期三')).toBeInTheDocument();
    expect(within(row).getByText('电气机械和器材制造业 (C38)')).toBeInTheDocument();
    expect(within(row).getByText('推介会')).toBeInTheDocument();
    expect(within(row).getByText('首次响应超时')).toBeInTheDocument();
    expect(screen.getByText('共 41 条')).toBeInTheDocument();
  });
});
