/** How a form's values read on paper: times in the form's own zone as written, yes/no, lists joined. */

const ISO_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

export function formValue(value: unknown, yesNo: { yes: string; no: string }): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  if (Array.isArray(value)) return value.map((v) => formValue(v, yesNo)).join('、');
  if (typeof value === 'string') {
    const time = ISO_TIME.exec(value);
    return time ? `${time[1]} ${time[2]}` : value;
  }
  return String(value);
}

/** The labels one level below `path` ("history.time" under "history"), in the service's order. */
export function childLabels(labels: Record<string, string>, path: string): [string, string][] {
  return Object.entries(labels)
    .filter(([key]) => key.startsWith(`${path}.`) && !key.slice(path.length + 1).includes('.'))
    .map(([key, label]) => [key.slice(path.length + 1), label]);
}

/** The top-level fields that have a label, in the service's order. */
export const topLabels = (labels: Record<string, string>): [string, string][] =>
  Object.entries(labels).filter(([key]) => !key.includes('.'));

export const isRecordList = (value: unknown): value is Record<string, unknown>[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null);

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
