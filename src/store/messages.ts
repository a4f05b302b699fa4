// Messages of the fact store (English and Simplified Chinese), and the one error it throws for bad input.
import { defineMessages, t } from '../core/messages/messages.js';

export const STORE_MESSAGES = defineMessages({
  STORE_INVALID_FACT: {
    en: '{kind} row {index}: field {field} {problem} (got {value})',
    zh: '{kind} 第 {index} 行：字段 {field} {problem}（实际值 {value}）',
  },
  STORE_UNSAFE_INTEGER: {
    en: 'the database returned the integer {value}, outside the range clearway can hold exactly',
    zh: '数据库返回的整数 {value} 超出了 clearway 能精确表示的范围',
  },
  STORE_BAD_URL: {
    en: 'cannot open the store "{url}": give a file path, :memory: or a postgres:// URL',
    zh: '无法打开存储“{url}”：请给出文件路径、:memory: 或 postgres:// 地址',
  },
});

/** Bad input handed to the store (a bug in the caller: ingest validates rows first). Nothing is stored. */
export class StoreInputError extends Error {
  override readonly name = 'StoreInputError';
  constructor(
    readonly code: string,
    readonly values: Readonly<Record<string, unknown>>,
  ) {
    super(t(code, values));
  }
}
