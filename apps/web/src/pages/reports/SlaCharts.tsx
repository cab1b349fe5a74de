import { Col, Empty, Row } from 'antd';
import { useLanguage, useT } from '../../i18n/language';
import { DurationHistogram } from './DurationHistogram';
import { ReportChart } from './ReportChart';
import type { SlaFigures, SlaReport } from './report-types';
import { REPORTS_MESSAGES } from './reports.messages';
import {
  durationsOption,
  escalationsOption,
  satisfactionOption,
  withinTargetOption,
} from './sla-chart-options';

/** The charts of the SLA report over the period's total (the histogram stacked per group when grouped). */
export function SlaCharts({
  figures,
  groups,
  phaseSurveys,
}: {
  figures: SlaFigures;
  groups: SlaFigures[];
  phaseSurveys?: SlaReport['phaseSurveys'];
}) {
  const t = useT(REPORTS_MESSAGES);
  const { language } = useLanguage();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={12}>
        <ReportChart
          title={t('chart.withinTarget')}
          description={t('chart.withinTarget.aria')}
          option={withinTargetOption(figures, language, t('share'))}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ReportChart
          title={t('chart.escalations')}
          description={t('chart.escalations.aria')}
          option={escalationsOption(figures, language, { automatic: t('automatic'), manual: t('manual') })}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ReportChart
          title={t('chart.durations')}
          description={t('chart.durations.aria')}
          option={durationsOption(figures, language, { mean: t('mean'), median: t('median'), p90: t('p90') })}
        />
      </Col>
      <Col xs={24} lg={12}>
        <DurationHistogram total={figures} groups={groups} />
      </Col>
      <Col xs={24} lg={12}>
        {figures.satisfaction.surveys > 0 || (phaseSurveys?.surveys ?? 0) > 0 ? (
          <ReportChart
            title={t('chart.satisfaction')}
            description={t('chart.satisfaction.aria')}
            option={satisfactionOption(figures, language, phaseSurveys, {
              tickets: t('ticketSurveys', { count: figures.satisfaction.surveys }),
              phases: t('phaseSurveysShort', { count: phaseSurveys?.surveys ?? 0 }),
            })}
          />
        ) : (
          <Empty description={t('noSurveys')} />
        )}
      </Col>
    </Row>
  );
}
