import { App, Button, DatePicker, Form, Modal, Spin, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api/client';
import { useApi } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n/language';
import { AUDIT } from './audit.messages';

/**
 * One ticket's dispute bundle (GET /api/tickets/:id/dispute-bundle[?asOf=]): as of now or of a
 * chosen instant, saved as the file the service names, with how a third party checks it.
 */
export function DisputeBundleModal({ ticketId, onClose }: { ticketId: string; onClose: () => void }) {
  const t = useT(AUDIT);
  const { message } = App.useApp();
  const ticket = useApi<{ serviceNo: string }>(`/api/tickets/${ticketId}`);
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const serviceNo = ticket.data?.serviceNo ?? '';
  const file = `dispute-bundle-${serviceNo || ticketId}.json`;

  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const query = asOf ? `?asOf=${encodeURIComponent(asOf.format('YYYY-MM-DDTHH:mm:ssZ'))}` : '';
      await api.download(`/api/tickets/${ticketId}/dispute-bundle${query}`, file);
      void message.success(t('downloaded', { file }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t('bundleTitle', { serviceNo })}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('close')}
        </Button>,
        <Button key="download" type="primary" loading={busy} disabled={!ticket.data} onClick={download}>
          {t('download')}
        </Button>,
      ]}
    >
      {ticket.loading && <Spin />}
      <ProblemAlert error={ticket.error ?? error} />
      <Typography.Paragraph>{t('bundleIntro')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={download}>
        <Form.Item label={t('asOf')} htmlFor="bundle-as-of" extra={t('asOfHint')}>
          <DatePicker id="bundle-as-of" showTime value={asOf} onChange={setAsOf} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      <Typography.Paragraph style={{ marginBottom: 4 }}>{t('verifyHow')}</Typography.Paragraph>
      <Typography.Paragraph code copyable>
        {`npm run cli -- verify-bundle ${file}`}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('verifyNote')}</Typography.Paragraph>
    </Modal>
  );
}
