import { Alert, Button, Card, Descriptions, Empty, Table, Tag } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { Page } from '../../../components/page';
import { QueryState } from '../../../components/query-state';
import { useI18n } from '../../../lib/i18n/i18n';
import { usePermissions } from '../../../lib/session/session';
import { useFormat } from '../../../lib/use-format';
import { useProjectApprovals, useProjects, type Project } from '../api/agreements';

function ProjectItems({ projectId }: { readonly projectId: string }) {
  const { t, label } = useI18n();
  const format = useFormat();
  const navigate = useNavigate();
  const items = useProjectApprovals(projectId, true);
  return (
    <QueryState query={items} isEmpty={(data) => (data.items ?? []).length === 0}>
      {(data) => (
        <Table
          size="small"
          pagination={false}
          rowKey={(item) => item.itemId ?? ''}
          dataSource={data.items ?? []}
          scroll={{ x: 640 }}
          data-testid="project-items"
          columns={[
            {
              title: t('item.name'),
              key: 'name',
              render: (_value, item) => (
                <Button type="link" onClick={() => void navigate(`/approvals/${item.itemId ?? ''}`)}>
                  {item.item?.name}
                </Button>
              ),
            },
            { title: t('item.status'), dataIndex: 'status', render: (status?: string) => <Tag>{label('item.status', status)}</Tag> },
            { title: t('item.dueOn'), key: 'due', render: (_value, item) => format.date(item.dueOn ?? item.clock?.dueOn) },
            { title: t('item.assignee'), dataIndex: 'assignee', render: (assignee?: string) => assignee ?? t('item.unassigned') },
          ]}
        />
      )}
    </QueryState>
  );
}

function ProjectView({ project }: { readonly project: Project }) {
  const { t, label } = useI18n();
  const format = useFormat();
  const { can } = usePermissions();
  const navigate = useNavigate();
  const readsItems = can(['GET', '/api/v1/projects/{projectId}/approvals']);
  return (
    <Page
      title={project.projectName}
      extra={<Button onClick={() => void navigate(`/agreements/${project.agreementId ?? ''}`)}>{t('action.openAgreement')}</Button>}
    >
      <Alert
        type="info"
        showIcon
        data-testid="registration-due"
        message={t('project.registrationOnSigning', { date: format.date(project.registrationDueOn) })}
      />
      <Card title={t('project.register')}>
        <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}>
          <Descriptions.Item label={t('lead.companyName')}>{project.enterprise?.name}</Descriptions.Item>
          <Descriptions.Item label={t('lead.uscc')}>{project.enterprise?.uscc ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('lead.park')}>{project.parkId}</Descriptions.Item>
          <Descriptions.Item label={t('agreement.status')}>{label('agreement.status', project.status)}</Descriptions.Item>
          <Descriptions.Item label={t('agreement.signedOn')}>{format.date(project.signedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('project.registrationDueOn')}>{format.date(project.registrationDueOn)}</Descriptions.Item>
          <Descriptions.Item label={t('agreement.countedInvestment')}>{format.wan(project.countedInvestment)}</Descriptions.Item>
          <Descriptions.Item label={t('commitment.jobs')}>{format.number(project.commitments?.jobs)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('project.items')}>
        {readsItems ? <ProjectItems projectId={project.projectId ?? ''} /> : <Empty description={t('project.itemsByAgents')} />}
      </Card>
    </Page>
  );
}

export function ProjectPage() {
  const { t } = useI18n();
  const { projectId = '' } = useParams();
  const projects = useProjects();
  return (
    <QueryState query={projects}>
      {(data) => {
        const project = (data.items ?? []).find((entry) => entry.projectId === projectId);
        return project ? <ProjectView project={project} /> : <Empty description={t('project.notFound')} />;
      }}
    </QueryState>
  );
}
