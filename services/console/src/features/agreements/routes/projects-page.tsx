import { Table, Tag } from 'antd';
import { Link } from 'react-router';
import { Page } from '../../../components/page';
import { ProblemAlert } from '../../../components/problem-alert';
import { useI18n } from '../../../lib/i18n/i18n';
import { useFormat } from '../../../lib/use-format';
import { useProjects, type Project } from '../api/agreements';

/** 项目台账: signed projects with what each counts (a capital increase counts only its increment). */
export function ProjectsPage() {
  const { t, label } = useI18n();
  const format = useFormat();
  const projects = useProjects();
  return (
    <Page title={t('nav.projects')}>
      {projects.isError ? <ProblemAlert error={projects.error} /> : null}
      <Table<Project>
        loading={projects.isPending}
        rowKey={(project) => project.projectId ?? ''}
        dataSource={projects.data?.items ?? []}
        locale={{ emptyText: t('state.empty') }}
        scroll={{ x: 860 }}
        columns={[
          {
            title: t('agreement.projectName'),
            key: 'name',
            render: (_value, project) => <Link to={`/projects/${project.projectId ?? ''}`}>{project.projectName}</Link>,
          },
          { title: t('lead.companyName'), key: 'enterprise', render: (_value, project) => project.enterprise?.name },
          { title: t('lead.park'), dataIndex: 'parkId' },
          { title: t('agreement.status'), dataIndex: 'status', render: (value?: string) => <Tag>{label('agreement.status', value)}</Tag> },
          { title: t('agreement.signedOn'), dataIndex: 'signedOn', render: (date?: string) => format.date(date) },
          { title: t('project.registrationDueOn'), dataIndex: 'registrationDueOn', render: (date?: string) => format.date(date) },
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
