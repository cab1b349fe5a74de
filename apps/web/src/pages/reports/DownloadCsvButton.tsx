import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { api } from '../../api/client';
import { useT } from '../../i18n/language';
import { REPORTS_MESSAGES } from './reports.messages';

/** Downloads the report as CSV (`format=csv`) under `filename`. */
export function DownloadCsvButton({ path, filename }: { path: string; filename: string }) {
  const t = useT(REPORTS_MESSAGES);
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      await api.download(`${path}${path.includes('?') ? '&' : '?'}format=csv`, filename);
    } catch (error) {
      void message.error(`${t('csvFailed')}: ${(error as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
      {t('csv')}
    </Button>
  );
}
