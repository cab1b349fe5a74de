import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useT } from '../../i18n/language';
import { PORTAL } from './portal.messages';

/**
 * The ticket's dispute bundle (GET /api/tickets/:id/dispute-bundle): its whole recorded history
 * with the hash chain, for the hospital's own records or a third party to check offline.
 */
export function BundleButton({ ticketId, serviceNo }: { ticketId: string; serviceNo: string }) {
  const t = useT(PORTAL);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const file = `dispute-bundle-${serviceNo}.json`;
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await api.download(`/api/tickets/${ticketId}/dispute-bundle`, file);
      void message.success(t('bundleSaved', { file }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" size={4} style={{ marginTop: 12 }}>
      <ProblemAlert error={error} />
      <Space wrap>
        <Button onClick={download} loading={busy}>
          {t('bundle')}
        </Button>
        <Typography.Text type="secondary">{t('bundleHint', { file })}</Typography.Text>
      </Space>
    </Space>
  );
}
