import { Table } from 'antd';
import type { Item } from '../../../lib/api/types';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import type { Agreement } from '../api/agreements';

type Incentive = Item<Agreement['incentives']>;

/** Each incentive with the value the server computed from the commitments; nothing is recomputed here. */
export function IncentiveTable({ incentives }: { readonly incentives: Agreement['incentives'] }) {
  const { t, label } = useI18n();
  const format = useFormat();
  const value = (incentive: Incentive): string => {
    const figures = incentive.figures;
    switch (figures?.kind) {
      case 'rent_waiver':
        return t('incentive.rentWaived', { area: format.number(figures.factoryAreaSquareMetres), total: format.wan(figures.totalWaived) });
      case 'investment_reward':
        return t('incentive.reward', { reward: format.wan(figures.reward) });
      case 'free_premises':
        return t('incentive.premises', {
          premises: (figures.premises ?? []).map((premises) => label('premises', premises)).join('、'),
          years: typeof figures.years === 'number' ? figures.years : 0,
        });
      default:
        return '—';
    }
  };
  return (
    <Table<Incentive>
      size="small"
      pagination={false}
      rowKey={(incentive) => incentive.code ?? ''}
      dataSource={incentives ?? []}
      data-testid="incentives"
      locale={{ emptyText: t('incentive.none') }}
      columns={[
        { title: t('incentive.name'), key: 'name', render: (_value, incentive) => incentive.terms?.name ?? incentive.code },
        { title: t('incentive.kind'), key: 'kind', render: (_value, incentive) => label('incentive.kind', incentive.terms?.kind) },
        { title: t('incentive.value'), key: 'value', render: (_value, incentive) => value(incentive) },
      ]}
    />
  );
}
