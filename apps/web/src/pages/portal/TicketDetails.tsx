import { Descriptions, Spin } from 'antd';
import { useEffect } from 'react';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useLanguage, useT } from '../../i18n/language';
import { SEVERITY_WORDS, word } from '../../i18n/ticket-words';
import { PORTAL } from './portal.messages';
import type { PortalTicketDetail } from './portal-types';

/** The fault as reported and, once there is one, its fix (GET /api/tickets/:id); `onShown` gets what is shown. */
export function TicketDetails({
  ticketId,
  severity,
  onShown,
}: {
  ticketId: string;
  severity?: number;
  onShown?: (detail: PortalTicketDetail) => void;
}) {
  const t = useT(PORTAL);
  const { language } = useLanguage();
  const { data, error, loading } = useApi<PortalTicketDetail>(`/api/tickets/${ticketId}`);
  useEffect(() => {
    if (data) onShown?.(data);
  }, [data, onShown]);
  if (loading && !data) return <Spin />;
  if (error) return <ProblemAlert error={error} />;
  if (!data) return null;
  const fix = data.resolution;
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 140 } }}>
      <Descriptions.Item label={t('description')}>{data.description}</Descriptions.Item>
      <Descriptions.Item
        label={t('product')}
      >{`${data.product.name} ${data.product.version}`}</Descriptions.Item>
      {severity !== undefined && (
        <Descriptions.Item label={t('severity')}>
          {word(SEVERITY_WORDS, severity, language)}
        </Descriptions.Item>
      )}
      {fix ? (
        <>
          <Descriptions.Item label={t('cause')}>{fix.cause}</Descriptions.Item>
          <Descriptions.Item label={t('measures')}>{fix.measures}</Descriptions.Item>
          <Descriptions.Item label={t('resolution')}>{fix.resolution}</Descriptions.Item>
        </>
      ) : (
        <Descriptions.Item label={t('resolutionTitle')}>{t('noResolution')}</Descriptions.Item>
      )}
    </Descriptions>
  );
}
