// Turns valibot's validation issues into one short Chinese message for people, naming the field.
import type { BaseIssue } from 'valibot';
import { isFieldCheck } from './field-check';
import type { FieldLabels } from './field-labels';

type Issue = BaseIssue<unknown>;

function fieldOf(path: readonly { key: unknown }[] = []): string {
  return path
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : String(item.key)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** A field path as messages show it: 「…」, keys a caller made up kept short and printable. */
export function quoteField(field: string): string {
  const printable = field.replace(/[^\x20-\x7E\u4e00-\u9fa5]/g, '?');
  return `「${printable.length > 40 ? `${printable.slice(0, 40)}…` : printable}」`;
}

/** A field's Chinese name from the form's labels (list positions added back), or its path when unlabelled. */
function nameOf(path: readonly { key: unknown }[] = [], labels: FieldLabels): string {
  const keys = path.filter((item) => typeof item.key !== 'number').map((item) => String(item.key));
  const positions = path.filter((item) => typeof item.key === 'number').map((item) => (item.key as number) + 1);
  const label = Object.prototype.hasOwnProperty.call(labels, keys.join('.')) ? labels[keys.join('.')] : undefined;
  if (!label) return quoteField(fieldOf(path));
  return positions.length ? `「${label}（第 ${positions.join('-')} 项）」` : `「${label}」`;
}

/** The first issue in words; `labels` name the form's fields in Chinese (unknown keys stay as sent). */
export function describeIssues(issues: readonly Issue[], labels: FieldLabels = {}): string {
  const issue = issues[0];
  if (!issue) return '输入有误';
  const field = fieldOf(issue.path);
  const name = field ? nameOf(issue.path, labels) : '输入';
  switch (issue.type) {
    case 'strict_object':
      // A key issue expects a key ("never" for one that should not be there); a type issue, an object.
      if (issue.expected === 'never') return `不认识的字段${quoteField(field)}`;
      if (issue.expected !== 'Object') {
        // A list where an object belongs lacks every key: say what is really wrong.
        const holder = issue.path?.slice(0, -1);
        if (!Array.isArray(issue.path?.[issue.path.length - 1]?.input)) return `缺少字段${name}`;
        return holder?.length ? `${quoteField(fieldOf(holder))}应为对象` : '输入应为对象';
      }
      return field ? `${name}应为对象` : '输入应为对象';
    case 'object':
      return `${name}应为对象`;
    case 'string':
      return `${name}应为文字`;
    case 'number':
      return `${name}应为数字`;
    case 'boolean':
      return `${name}应为是或否`;
    case 'array':
      return `${name}应为列表`;
    case 'integer':
      return `${name}应为整数`;
    case 'min_value':
      return `${name}不能小于 ${String(issue.requirement)}`;
    case 'max_value':
      return `${name}不能大于 ${String(issue.requirement)}`;
    case 'min_length':
      return Number(issue.requirement) === 1 ? `${name}不能为空` : `${name}至少 ${String(issue.requirement)} 个字`;
    case 'max_length':
      return `${name}最多 ${String(issue.requirement)} ${Array.isArray(issue.input) ? '项' : '个字'}`;
    case 'picklist':
      return `${name}的取值不在允许范围内`;
    case 'regex':
    case 'starts_with':
      // A schema's own Chinese message says what the format should be; valibot's default ("Invalid
      // format: … received …") does not, and repeats the input.
      return /^[\u4e00-\u9fa5]/.test(issue.message) ? issue.message : `${name}格式不正确`;
    case 'iso_date':
      return `${name}应为日期，格式如 2026-01-31`;
    case 'iso_date_time':
      return `${name}应为时间，格式如 2026-01-31T08:00`;
    case 'iso_timestamp':
      return `${name}应为时间，格式如 2026-01-31T08:00:00+08:00`;
    case 'check':
      return isFieldCheck(issue.requirement) ? `${name}${issue.message}` : issue.message;
    default:
      return `${name}不合法`;
  }
}
