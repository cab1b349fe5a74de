import { HistoryOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { CSSProperties } from 'react';

/**
 * 补录: an entry whose business time lies before its recording by more than the tolerance. A plain
 * tag with a clock icon: the coloured presets (orange, warning) fall short of WCAG's 4.5:1 contrast.
 */
export function BackDatedTag({ label, hint, style }: { label: string; hint: string; style?: CSSProperties }) {
  return (
    <Tooltip title={hint}>
      <Tag icon={<HistoryOutlined aria-hidden />} style={style}>
        {label}
      </Tag>
    </Tooltip>
  );
}
