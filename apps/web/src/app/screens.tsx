import type { ReactNode } from 'react';
import type { Role } from '../auth/session';
import type { COMMON } from '../i18n/common.messages';
import { AuditPage } from '../pages/audit/AuditPage';
import { ArchivePage } from '../pages/archive/ArchivePage';
import { BoardPage } from '../pages/board/BoardPage';
import { NewFaultPage } from '../pages/new-fault/NewFaultPage';
import { PortalPage } from '../pages/portal/PortalPage';
import { ReportsPage } from '../pages/reports/ReportsPage';

type MenuKey = keyof (typeof COMMON)['zh'] & `menu.${string}`;

/** A screen of the menu: its path, its label, who sees it. */
export interface Screen {
  path: string;
  label: MenuKey;
  roles: readonly Role[];
  element: ReactNode;
}

const DESK: Role[] = ['agent', 'engineer', 'manager', 'headquarters', 'admin'];
const READERS: Role[] = ['manager', 'headquarters', 'auditor', 'admin'];

export const SCREENS: Screen[] = [
  { path: '/board', label: 'menu.board', roles: [...DESK, 'auditor'], element: <BoardPage /> },
  { path: '/new-fault', label: 'menu.newFault', roles: DESK, element: <NewFaultPage /> },
  { path: '/reports', label: 'menu.reports', roles: READERS, element: <ReportsPage /> },
  { path: '/archive', label: 'menu.archive', roles: [...DESK, 'auditor'], element: <ArchivePage /> },
  { path: '/audit', label: 'menu.audit', roles: READERS, element: <AuditPage /> },
  { path: '/portal', label: 'menu.portal', roles: ['customer'], element: <PortalPage /> },
];
