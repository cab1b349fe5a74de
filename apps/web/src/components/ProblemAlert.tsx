import { Alert } from 'antd';
import { ApiError } from '../api/api-error';
import { fieldMessage } from '../i18n/field-messages';
import { ruleMessageZh } from '../i18n/rule-messages';
import { useLanguage } from '../i18n/language';
import { STATUS_WORDS, word } from '../i18n/ticket-words';

/** What each refusal means, in Chinese (the service's titles are HTTP's English reason phrases). */
const ZH_TITLES: Record<number, string> = {
  400: '输入有误',
  401: '请重新登录',
  403: '无权进行此操作',
  404: '未找到',
  409: '与工单的当前状态冲突',
  412: '工单已有新的记录',
  422: '不符合业务规则',
  503: '服务暂时繁忙，请稍后重试',
};

/**
 * A refusal or failure as the service explained it (title, detail, field errors), for a person to
 * read; in Chinese where the UI knows the words (the title, a refused status change, the business
 * rules a person at the desk can meet, field messages).
 */
export function ProblemAlert({ error }: { error: unknown }) {
  const { language } = useLanguage();
  if (!error) return null;
  const problem = error instanceof ApiError ? error : undefined;
  if (!problem) {
    const text = String((error as Error)?.message ?? error);
    return <Alert type="error" showIcon role="alert" title={text} style={{ marginBottom: 16 }} />;
  }
  const zh = language === 'zh';
  const title = `${problem.status} ${(zh && ZH_TITLES[problem.status]) || problem.title}`;
  const { code, currentStatus } = problem.extensions;
  const inZh = !zh
    ? undefined
    : code === 'invalid_transition' && currentStatus
      ? `工单现为「${word(STATUS_WORDS, currentStatus, 'zh')}」，此操作已不适用。`
      : ruleMessageZh(code, problem.detail);
  const detail = inZh ?? problem.detail;
  const lines = [
    detail,
    ...problem.errors.map((e) => `${e.field}: ${fieldMessage(e.field, e.message, language)}`),
  ];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={lines.filter(Boolean).join('\n') || undefined}
      style={{ whiteSpace: 'pre-line', marginBottom: 16 }}
    />
  );
}
