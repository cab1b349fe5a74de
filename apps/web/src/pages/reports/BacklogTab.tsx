import { Card, Col, Row, Space, Statistic, Typography } from 'antd';
import type { EChartsOption } from 'echarts';
import { useApi } from '../../api/use-api';
import { useLanguage, useT } from '../../i18n/language';
import { STATUS_WORDS, word } from '../../i18n/ticket-words';
import { BacklogTable } from './BacklogTable';
import { DownloadCsvButton } from './DownloadCsvButton';
import { ReportChart } from './ReportChart';
import { instant } from './report-format';
import type { BacklogReport } from './report-types';
import { ReportBody } from './ReportBody';
import { REPORTS_MESSAGES } from './reports.messages';

const PATH = '/api/reports/backlog';

/** The open tickets now: totals, a chart per engineer, tables by status, age and engineer; CSV. */
export function BacklogTab() {
  const t = useT(REPORTS_MESSAGES);
  const { language } = useLanguage();
  const report = useApi<BacklogReport>(PATH);
  const { data } = report;
  const engineers = (data?.byEngineer ?? []).map((e) => ({
    ...e,
    name: e.engineerId === null ? t('nobody') : e.engineer,
  }));
  const option: EChartsOption = {
    grid: { left: 16, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: engineers.map((e) => e.name) },
    yAxis: { type: 'value', minInterval: 1 },
    series: (['open', 'atRisk', 'breached'] as const).map((what) => ({
      name: t(what),
      type: 'bar',
      barMaxWidth: 32,
      data: engineers.map((e) => e[what]),
    })),
    color: ['#0958d9', '#d48806', '#cf1322'],
  };
  return (
    <>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <DownloadCsvButton path={PATH} filename="backlog.csv" />
        {data && (
          <Typography.Text type="secondary">
            {t('asOf', { time: instant(data.asOf, language) })}
          </Typography.Text>
        )}
      </Space>
      <ReportBody report={report}>
        {(backlog) => (
          <>
            <Row gutter={16}>
              {(['open', 'atRisk', 'breached'] as const).map((what) => (
                <Col key={what} span={8}>
                  <Card size="small">
                    <Statistic title={t(what)} value={backlog.total[what]} />
                  </Card>
                </Col>
              ))}
            </Row>
            <ReportChart title={t('chart.backlog')} description={t('chart.backlog.aria')} option={option} />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={8}>
                <BacklogTable
                  title={t('byStatus')}
                  dimension={t('status')}
                  rows={backlog.byStatus.map((s) => ({ ...s, name: word(STATUS_WORDS, s.status, language) }))}
                />
              </Col>
              <Col xs={24} lg={8}>
                <BacklogTable
                  title={t('byAge')}
                  dimension={t('age')}
                  rows={backlog.byAge.map((a) => ({ ...a, name: a.age }))}
                />
              </Col>
              <Col xs={24} lg={8}>
                <BacklogTable title={t('byEngineer')} dimension={t('engineer')} rows={engineers} />
              </Col>
            </Row>
          </>
        )}
      </ReportBody>
    </>
  );
}
