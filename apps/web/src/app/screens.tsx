import { lazy, type ReactNode } from 'react';
import type { Role } from '../auth/session';
import type { COMMON } from '../i18n/common.messages';

// Each screen is its own chunk, loaded when first opened (the reports bring ECharts).
const AuditPage = lazy(() => import('../pages/audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const ArchivePage = lazy(() =>
  import('../pages/archive/ArchivePage').then((m) => ({ default: m.ArchivePage })),
);
const BoardPage = lazy(() => import('../pages/board/BoardPage').then((m) => ({ default: m.BoardPage })));
const NewFaultPage = lazy(() =>
  import('../pages/new-fault/NewFaultPage').then((m) => ({ default: m.NewFaultPage })),
);
const PortalPage = lazy(() => import('../pages/portal/PortalPage').then((m) => ({ default: m.PortalPage })));
const ReportsPage = lazy(() =>
  import('../pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
export const TicketPage = lazy(() =>
  import('../pages/ticket/TicketPage').then((m) => ({ default: m.TicketPage })),
);

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
