import { Button, Card, Flex, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n/language';
import { AUDIT } from './audit.messages';
import { filtersOf, type AuditFilters } from './audit-types';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditTable } from './AuditTable';
import { DisputeBundleFinder } from './DisputeBundleFinder';
import { DisputeBundleModal } from './DisputeBundleModal';
import { useAuditLog } from './use-audit-log';
import { useDirectory } from './use-directory';

/** /audit: the filterable action log (GET /api/audit) and a dispute bundle per ticket. */
export function AuditPage() {
  const t = useT(AUDIT);
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersOf(search), [search]);
  const log = useAuditLog(filters);
  const { customers, staff } = useDirectory();
  const names = useMemo(() => new Map((staff ?? []).map((s) => [s.id, s.name])), [staff]);
  const customerNames = useMemo(() => new Map(customers.map((c) => [c.id, c.name])), [customers]);
  const [bundleOf, setBundleOf] = useState<string | null>(null);

  const apply = (next: AuditFilters) =>
    setSearch(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as Record<string, string>);

  return (
    <>
      <Flex gap={24} align="flex-start" justify="space-between" wrap>
        <div style={{ flex: '1 1 420px' }}>
          <Typography.Title level={2}>{t('title')}</Typography.Title>
          <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        </div>
        <DisputeBundleFinder onFound={setBundleOf} />
      </Flex>
      <Card size="small" title={t('filters')} style={{ marginBottom: 16 }}>
        <AuditFilterForm filters={filters} customers={customers} staff={staff} onSearch={apply} />
      </Card>
      <ProblemAlert error={log.error} />
      <AuditTable
        entries={log.entries}
        loading={log.loading}
        names={names}
        customers={customerNames}
        onActor={(actor) => apply({ ...filters, actor })}
        onBundle={setBundleOf}
      />
      <Space style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('count', { count: log.entries.length })}</Typography.Text>
        {log.hasMore ? (
          <Button onClick={log.loadMore} loading={log.loading}>
            {t('more')}
          </Button>
        ) : (
          !log.loading &&
          log.entries.length > 0 && <Typography.Text type="secondary">{t('end')}</Typography.Text>
        )}
      </Space>
      {bundleOf && <DisputeBundleModal ticketId={bundleOf} onClose={() => setBundleOf(null)} />}
    </>
  );
}
