import type { FastifyReply, FastifyRequest } from 'fastify';
import { csvText } from './csv-text.js';

export const REPORT_FORMATS = ['json', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** `?format=` decides; without it, an Accept header that names text/csv asks for CSV. */
export function reportFormat(format: ReportFormat | undefined, request: FastifyRequest): ReportFormat {
  if (format !== undefined) return format;
  return /\btext\/csv\b/i.test(request.headers.accept ?? '') ? 'csv' : 'json';
}

/**
 * Sends rows as a CSV attachment written by `csvText` (formula-like cells neutralised).
 * `filename` should be ASCII; it is also given RFC 5987-encoded.
 */
export function sendCsv(
  reply: FastifyReply,
  filename: string,
  header: readonly string[],
  rows: readonly (readonly unknown[])[],
): string {
  void reply
    .header('Content-Type', 'text/csv; charset=utf-8')
    .header(
      'Content-Disposition',
      `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    );
  return csvText(header, rows);
}

/** A number for a CSV cell: rounded to `digits` decimals, empty when there is none. */
export function cell(value: number | null | undefined, digits = 4): number | string {
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/** Milliseconds as minutes for a CSV cell (two decimals). */
export const minutes = (ms: number | null | undefined): number | string =>
  ms === null || ms === undefined ? '' : cell(ms / 60_000, 2);
