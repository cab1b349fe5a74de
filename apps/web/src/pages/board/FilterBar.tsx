import { SEVERITIES, TICKET_KINDS } from '@domain';
import { Button, Checkbox, Form, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useLanguage, useT } from '../../i18n/language';
import {
  KIND_WORDS,
  SEVERITY_WORDS,
  SLA_STATE_WORDS,
  STATUS_WORDS,
  TICKET_STATUSES,
  word,
} from '../../i18n/ticket-words';
import { BOARD } from './board.messages';
import { SLA_FILTERS, SORTS, type BoardFilters } from './board-filters';

interface Props {
  filters: BoardFilters;
  onChange: (next: BoardFilters) => void;
}

/** The board's filters, each with its visible label; every change goes into the URL at once. */
export function FilterBar({ filters, onChange }: Props) {
  const t = useT(BOARD);
  const { language } = useLanguage();
  const [q, setQ] = useState(filters.q ?? '');
  useEffect(() => setQ(filters.q ?? ''), [filters.q]);
  const set = (patch: Partial<BoardFilters>) => onChange({ ...filters, ...patch });
  const all = { value: '', label: t('all') };
  const select = (id: keyof BoardFilters, options: { value: string; label: string }[], width = 130) => (
    <Select
      id={`board-${id}`}
      style={{ width }}
      value={(filters[id] as string | undefined) ?? ''}
      onChange={(value: string) => set({ [id]: value || undefined })}
      options={options}
    />
  );

  return (
    <Form
      layout="inline"
      style={{ rowGap: 8 }}
      aria-label={t('filters')}
      role="search"
      onSubmitCapture={(e) => e.preventDefault()}
    >
      <Form.Item label={t('status')} htmlFor="board-status">
        {select('status', [
          { value: '', label: filters.closed ? t('all') : t('openStatuses') },
          ...TICKET_STATUSES.map((s) => ({ value: s, label: word(STATUS_WORDS, s, language) })),
        ])}
      </Form.Item>
      <Form.Item label={t('severity')} htmlFor="board-severity">
        {select(
          'severity',
          [all, ...SEVERITIES.map((s) => ({ value: String(s), label: word(SEVERITY_WORDS, s, language) }))],
          100,
        )}
      </Form.Item>
      <Form.Item label={t('sla')} htmlFor="board-sla">
        {select('sla', [
          all,
          ...SLA_FILTERS.map((s) => ({ value: s, label: word(SLA_STATE_WORDS, s, language) })),
        ])}
      </Form.Item>
      <Form.Item label={t('kind')} htmlFor="board-kind">
        {select('kind', [
          all,
          ...TICKET_KINDS.map((k) => ({ value: k, label: word(KIND_WORDS, k, language) })),
        ])}
      </Form.Item>
      <Form.Item label={t('q')} htmlFor="board-q">
        <Input.Search
          id="board-q"
          allowClear
          style={{ width: 240 }}
          placeholder={t('qPlaceholder')}
          value={q}
          onChange={(e) => setQ(e.target.value)}
          onSearch={(value) => set({ q: value.trim() || undefined })}
        />
      </Form.Item>
      <Form.Item>
        <Checkbox checked={filters.mine} onChange={(e) => set({ mine: e.target.checked })}>
          {t('mine')}
        </Checkbox>
      </Form.Item>
      <Form.Item>
        <Checkbox checked={filters.closed} onChange={(e) => set({ closed: e.target.checked })}>
          {t('showClosed')}
        </Checkbox>
      </Form.Item>
      <Form.Item label={t('sort')} htmlFor="board-sort">
        <Select
          id="board-sort"
          style={{ width: 150 }}
          value={filters.sort}
          onChange={(sort: string) => set({ sort })}
          options={SORTS.map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        />
      </Form.Item>
      <Form.Item>
        <Button onClick={() => onChange({ mine: false, closed: false, sort: 'urgent' })}>{t('clear')}</Button>
      </Form.Item>
    </Form>
  );
}
