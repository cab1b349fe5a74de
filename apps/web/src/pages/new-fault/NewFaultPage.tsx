import { Button, Card, Result, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useT } from '../../i18n/language';
import { FaultReportForm, type ReportedFault } from './FaultReportForm';
import { NEW_FAULT } from './new-fault.messages';

/** The agent's fault report during a call; after it, the 售后服务号 to read back to the caller. */
export function NewFaultPage() {
  const t = useT(NEW_FAULT);
  const navigate = useNavigate();
  const [reported, setReported] = useState<ReportedFault>();
  // A new key mounts a fresh, empty form for the next call.
  const [round, setRound] = useState(0);

  if (reported) {
    return (
      <Card>
        <Result
          status="success"
          title={t('reported')}
          subTitle={
            <Space orientation="vertical" size={4} align="center">
              <Typography.Text>{t('serviceNo')}</Typography.Text>
              <Typography.Text
                strong
                copyable
                style={{ fontSize: 32, letterSpacing: 1 }}
                aria-label={`${t('serviceNo')} ${reported.serviceNo}`}
                data-testid="service-no"
              >
                {reported.serviceNo}
              </Typography.Text>
            </Space>
          }
          extra={[
            <Button
              key="open"
              type="primary"
              onClick={() => navigate(`/tickets/${reported.id}?after=${reported.position}`)}
            >
              {t('openTicket')}
            </Button>,
            <Button
              key="again"
              autoFocus
              onClick={() => {
                setReported(undefined);
                setRound((r) => r + 1);
              }}
            >
              {t('another')}
            </Button>,
            <Link key="board" to="/board">
              {t('toBoard')}
            </Link>,
          ]}
        />
      </Card>
    );
  }

  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t('title')}
        </Typography.Title>
      }
    >
      <FaultReportForm key={round} onReported={setReported} />
    </Card>
  );
}
