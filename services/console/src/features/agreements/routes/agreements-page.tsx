import { Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import { useAgreements, type Agreement } from '../api/agreements';

const STATUSES = ['draft', 'signed', 'terminated'] as const;

export function AgreementsPage() {
  const { t, label } = useI18n();
  const format = useFormat();
  const [status, setStatus] = useState<(typeof STATUSES)[number]>('draft');
  const agreements = useAgreements({ status });
  return (
    <Page
      title={t('nav.agreements')}
      extra={
        <Segmented
          aria-label={t('agreement.status')}
          value={status}
          onChange={setStatus}
          options={STATUSES.map((value) => ({ value, label: label('agreement.status', value) }))}
        />
      }
    >
      {agreements.isError ? <ProblemAlert error={agreements.error} /> : null}
      <Table<Agreement>
        loading={agreements.isPending}
        rowKey={(agreement) => agreement.agreementId ?? ''}
        dataSource={agreements.data?.items ?? []}
        locale={{ emptyText: t('state.empty') }}
        scroll={{ x: 760 }}
        columns={[
          {
            title: t('agreement.projectName'),
            key: 'name',
            render: (_value, agreement) => <Link to={`/agreements/${agreement.agreementId ?? ''}`}>{agreement.projectName}</Link>,
          },
          { title: t('lead.companyName'), key: 'enterprise', render: (_value, agreement) => agreement.enterprise?.name },
          { title: t('agreement.status'), dataIndex: 'status', render: (value?: string) => <Tag>{label('agreement.status', value)}</Tag> },
          { title: t('agreement.signedOn'), key: 'signedOn', render: (_value, agreement) => format.date(agreement.signing?.signedOn) },
          {
            title: t('agreement.countedInvestment'),
            dataIndex: 'countedInvestment',
            align: 'right',
            render: (yuan?: number) => format.wan(yuan),
          },
        ]}
      />
    </Page>
  );
}
