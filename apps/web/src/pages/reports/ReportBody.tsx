import { Space, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { Loaded } from '../../api/use-api';
import { ProblemAlert } from '../../components/ProblemAlert';

/** A report under its controls: the problem if loading failed, and the report's parts one below the other. */
export function ReportBody<T>({
  report,
  children,
}: {
  report: Pick<Loaded<T>, 'data' | 'error' | 'loading'>;
  children: (data: T) => ReactNode;
}) {
  return (
    <>
      <ProblemAlert error={report.error} />
      <Spin spinning={report.loading}>
        {report.data && (
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            {children(report.data)}
          </Space>
        )}
      </Spin>
    </>
  );
}
