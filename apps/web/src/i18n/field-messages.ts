import type { Language } from './language';

/**
 * The service names a bad field in English (class-validator's messages and the domain's own, e.g.
 * "reporter.phone must be shorter than or equal to 50 characters"). The Chinese UI shows the known
 * ones in Chinese, next to the field whose label already names it; any other stays as sent.
 */
const ZH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^(must not be blank|should not be empty)$/, () => '不能为空'],
  [/^must be shorter than or equal to (\d+) characters$/, (m) => `不能超过 ${m[1]} 个字符`],
  [/^must be longer than or equal to (\d+) characters$/, (m) => `至少 ${m[1]} 个字符`],
  [/^must be one of the following values: (.*)$/, (m) => `只能是以下之一：${m[1]}`],
  [/^must not be greater than (-?[\d.]+)$/, (m) => `不能大于 ${m[1]}`],
  [/^must not be less than (-?[\d.]+)$/, (m) => `不能小于 ${m[1]}`],
  [/^must be an integer number$/, () => '必须是整数'],
  [/^must be a string$/, () => '必须是文字'],
  [/^must be a boolean value$/, () => '必须是“是”或“否”'],
  [/^must be a UUID$/, () => '必须是有效的编号（UUID）'],
  [/^must be an email$/, () => '必须是有效的电子邮箱地址'],
  [/^must be a phone number/, () => '必须是电话号码（数字、空格及 + ( ) - . /）'],
  [/^must be an ISO 8601 instant/, () => '必须是带时区的时间，例如 2026-11-20T22:15:00+08:00'],
  [/^must be a date like (\S+)$/, (m) => `必须是日期，例如 ${m[1]}`],
  [/^must not lie in the future$/, () => '不能晚于当前时间'],
  [
    /^must not lie before the ticket's latest event \((.+)\)$/,
    (m) => `不能早于工单的最近一条记录（${m[1]}）`,
  ],
  [/^must not lie before the dispatch$/, () => '不能早于派工时间'],
  [/^must be an IANA time zone/, () => '必须是时区名称，例如 Asia/Shanghai'],
  [
    /^is required: \S+ lies more than (\d+) s in the past$/,
    (m) => `早于现在 ${inMinutes(Number(m[1]))}以上的时间须说明补录原因`,
  ],
  [
    /^may lie at most 15 minutes in the past for a customer contact$/,
    () => '客户联系人最多只能补录 15 分钟以内的时间',
  ],
  [
    /^may lie at most (\d+) hours in the past \(BACKDATED_MAX_HOURS\)$/,
    (m) => `最多只能补录 ${m[1]} 小时以内的时间`,
  ],
  [/^must not lie before the contract was registered \((.+)\)$/, (m) => `不能早于合同登记时间（${m[1]}）`],
  [/^must be 1 to (\d+) characters$/, (m) => `须为 1 至 ${m[1]} 个字符`],
];

/** A field's message in the UI's language (the field's own name left out in Chinese). */
export function fieldMessage(field: string, message: string, language: Language): string {
  if (language !== 'zh') return message;
  const name = [field, field.replace(/^data\./, ''), field.split('.').at(-1) ?? field].find((n) =>
    message.startsWith(`${n} `),
  );
  const rest = name === undefined ? message : message.slice(name.length + 1);
  for (const [pattern, zh] of ZH) {
    const match = pattern.exec(rest);
    if (match) return zh(match);
  }
  return message;
}

/** "5 分钟" for 300 seconds, "90 秒" otherwise: the back-dating tolerance as the form's help text says it. */
function inMinutes(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} 分钟` : `${seconds} 秒`;
}
