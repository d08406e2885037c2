import { AuditOutlined, ProjectOutlined } from '@ant-design/icons';
import type { NavigationEntry } from '../../lib/navigation';

export const agreementsNavigation: readonly NavigationEntry[] = [
  { path: '/agreements', label: 'nav.agreements', icon: <AuditOutlined />, permission: ['GET', '/api/v1/agreements'] },
  { path: '/projects', label: 'nav.projects', icon: <ProjectOutlined />, permission: ['GET', '/api/v1/projects'] },
];
