// Messages of ingest/: why a file or a row of an imported file is rejected, and import warnings.
// Each rejection names its line and column beside the message; the text says what is wrong with the value.
import { defineMessages } from '../core/messages/messages.js';

export const INGEST = defineMessages({
  IMPORT_UNREADABLE: { en: 'cannot read the file: {detail}', zh: '无法读取文件：{detail}' },
  IMPORT_EMPTY_FILE: { en: 'the file is empty (no header line)', zh: '文件为空（没有表头行）' },
  IMPORT_UNKNOWN_HEADER: {
    en: 'the header matches no known file kind (first columns: {header})',
    zh: '表头不符合任何已知的文件类型（前几列：{header}）',
  },
  IMPORT_MISSING_COLUMN: {
    en: 'required column of {kind} is missing',
    zh: '缺少 {kind} 文件的必需列',
  },
  IMPORT_DUPLICATE_COLUMN: { en: 'the column appears twice in the header', zh: '该列在表头中出现了两次' },
  IMPORT_IGNORED_COLUMN: { en: 'not a column of {kind}: ignored', zh: '不是 {kind} 文件的列：已忽略' },
  IMPORT_FIELD_COUNT: {
    en: 'the row has {count} fields, the header has {expected}',
    zh: '该行有 {count} 个字段，表头有 {expected} 个',
  },
  IMPORT_CSV_SYNTAX: { en: 'CSV syntax error: {detail}', zh: 'CSV 语法错误：{detail}' },
  IMPORT_REQUIRED: { en: 'a value is required', zh: '必须填写一个值' },
  IMPORT_NOT_A_DATE: {
    en: '"{value}" is not a date (YYYY-MM-DD or ISO-8601 with offset)',
    zh: '"{value}" 不是日期（YYYY-MM-DD 或带时区偏移的 ISO-8601）',
  },
  IMPORT_NOT_MONEY: {
    en: '"{value}" is not an amount (a decimal like 23.09)',
    zh: '"{value}" 不是金额（应为 23.09 这样的小数）',
  },
  IMPORT_MONEY_DECIMALS: {
    en: '"{value}" has more than {digits} decimal places for {currency}',
    zh: '"{value}" 的小数位超过 {currency} 允许的 {digits} 位',
  },
  IMPORT_NEGATIVE: { en: '"{value}" must not be negative', zh: '"{value}" 不能为负数' },
  IMPORT_NOT_BOOLEAN: { en: '"{value}" is not true or false', zh: '"{value}" 不是 true 或 false' },
  IMPORT_NOT_ONE_OF: { en: '"{value}" is not one of {allowed}', zh: '"{value}" 不是以下之一：{allowed}' },
  IMPORT_NOT_INTEGER: { en: '"{value}" is not a whole number ≥ {min}', zh: '"{value}" 不是 ≥ {min} 的整数' },
  IMPORT_NOT_NUMBER: {
    en: '"{value}" is not a number in {range}',
    zh: '"{value}" 不是 {range} 范围内的数字',
  },
  IMPORT_NOT_PERCENT: {
    en: '"{value}" is not a percentage (0 to 100, at most 2 decimals)',
    zh: '"{value}" 不是百分比（0 到 100，最多两位小数）',
  },
  IMPORT_NOT_RATE: { en: '"{value}" is not a positive decimal rate', zh: '"{value}" 不是正的小数汇率' },
  IMPORT_UNKNOWN_ID: {
    en: 'unknown {column} {id}: no product of this account has it (import its products first)',
    zh: '未知的 {column} {id}：本账户没有该商品（请先导入商品）',
  },
  IMPORT_NOT_ON_MARKETPLACE: {
    en: '{column} {id} is not sold on {marketplace} (it is sold on {marketplaces})',
    zh: '{column} {id} 未在 {marketplace} 销售（在 {marketplaces} 销售）',
  },
  IMPORT_AMBIGUOUS_MARKETPLACE: {
    en: '{column} {id} is sold on {marketplaces}: give --marketplace',
    zh: '{column} {id} 在 {marketplaces} 都有销售：请指定 --marketplace',
  },
  IMPORT_CURRENCY_MISMATCH: {
    en: 'currency {value} is not the currency of {marketplace} ({expected})',
    zh: '币种 {value} 不是 {marketplace} 的币种（{expected}）',
  },
  IMPORT_COST_CURRENCY_NEEDED: {
    en: 'a cost currency is required when {column} is given',
    zh: '填写了 {column} 时必须填写成本币种',
  },
  IMPORT_NOT_AFTER: {
    en: '{value} must be after {other} ({otherValue})',
    zh: '{value} 必须晚于 {other}（{otherValue}）',
  },
  IMPORT_AFTER: {
    en: '{value} must not be after {other} ({otherValue})',
    zh: '{value} 不能晚于 {other}（{otherValue}）',
  },
  IMPORT_ACCOUNT_MISMATCH: {
    en: 'row of account {value}, but the import is into account {account}: give --account {value}',
    zh: '该行属于账户 {value}，但正在导入账户 {account}：请使用 --account {value}',
  },
});
