import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';

/**
 * The screens' list table: every row on one page (no pager),
 * small unless told otherwise, with what to say when there is no row.
 */
export function ListTable<T extends object>({ empty, ...props }: TableProps<T> & { empty?: ReactNode }) {
  return (
    <Table<T>
      size="small"
      pagination={false}
      {...(empty !== undefined && { locale: { emptyText: empty } })}
      {...props}
    />
  );
}
