import { FileAddOutlined, FunnelPlotOutlined, UnorderedListOutlined } from '@ant-design/icons';
import type { NavigationEntry } from '../../lib/navigation';

export const leadsNavigation: readonly NavigationEntry[] = [
  { path: '/leads', label: 'nav.leads', icon: <UnorderedListOutlined />, permission: ['GET', '/api/v1/leads'], homeFor: ['promoter'] },
  { path: '/leads/new', label: 'nav.registerLead', icon: <FileAddOutlined />, permission: ['POST', '/api/v1/leads'] },
  { path: '/leads/funnel', label: 'nav.funnel', icon: <FunnelPlotOutlined />, permission: ['GET', '/api/v1/leads/funnel'] },
];
