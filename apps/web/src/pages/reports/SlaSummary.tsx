import { Card, Col, Row, Statistic } from 'antd';
import { useT } from '../../i18n/language';
import { percent, score } from './report-format';
import type { SlaFigures } from './report-types';
import { REPORTS_MESSAGES } from './reports.messages';

/** The period's headline figures: tickets, breaches, escalations, reopen rate, complaints, satisfaction. */
export function SlaSummary({ figures }: { figures: SlaFigures }) {
  const t = useT(REPORTS_MESSAGES);
  const items: [string, string | number][] = [
    [t('tickets'), figures.tickets],
    [t('breachedTickets'), figures.breaches.tickets],
    [t('escalations'), figures.escalations.total],
    [t('reopenRate'), percent(figures.reopenRate)],
    [t('complaints'), figures.complaints],
    [t('satisfaction'), `${score(figures.satisfaction.overall)} (${figures.satisfaction.surveys})`],
  ];
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      {items.map(([title, value]) => (
        <Col key={title} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={title} value={value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
