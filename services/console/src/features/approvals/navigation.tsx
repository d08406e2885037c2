import { AlertOutlined, CalendarOutlined, SolutionOutlined } from '@ant-design/icons';
import type { NavigationEntry } from '../../lib/navigation';

export const approvalsNavigation: readonly NavigationEntry[] = [
  { path: '/approvals', label: 'nav.myItems', icon: <SolutionOutlined />, permission: ['GET', '/api/v1/approvals'], homeFor: ['agent'] },
  { path: '/approvals/board', label: 'nav.board', icon: <AlertOutlined />, permission: ['GET', '/api/v1/approvals/board'] },
  {
    path: '/approvals/calendar',
    label: 'nav.calendar',
    icon: <CalendarOutlined />,
    permission: ['GET', '/api/v1/approvals/calendar/years/{year}'],
  },
];
