// Messages of the command line itself (global options, import and facts output), English and Chinese.
import { defineMessages } from '../core/messages/messages.js';

export const CLI = defineMessages({
  CLI_BAD_MARKETPLACE: {
    en: '--marketplace must be one of {allowed}, not "{value}"',
    zh: '--marketplace 必须是 {allowed} 之一，而不是 "{value}"',
  },
  CLI_BAD_AT: {
    en: '--at: "{value}" is not an instant (ISO-8601 with offset, or YYYY-MM-DD)',
    zh: '--at："{value}" 不是时刻（带时区偏移的 ISO-8601，或 YYYY-MM-DD）',
  },
  CLI_AT_CONFLICT: {
    en: '--at and --as-of are the same option: give one of them',
    zh: '--at 和 --as-of 是同一个选项：只能指定一个',
  },
  CLI_BAD_LANG: { en: '--lang must be en or zh-CN, not "{value}"', zh: '--lang 必须是 en 或 zh-CN，而不是 "{value}"' },
  CLI_BAD_ACCOUNT: { en: '--account must not be empty', zh: '--account 不能为空' },
  CLI_UNEXPECTED: { en: 'unexpected error: {message}', zh: '意外错误：{message}' },

  CLI_IMPORT_DESCRIPTION: {
    en: 'Import fact files (clearway CSV; a folder imports every .csv in it)',
    zh: '导入事实文件（clearway CSV；指定文件夹则导入其中所有 .csv）',
  },
  CLI_IMPORT_NO_FILES: { en: 'no file to import in {paths}', zh: '{paths} 中没有可导入的文件' },
  CLI_IMPORT_PROGRESS: { en: '{file}: {rows} rows read…', zh: '{file}：已读取 {rows} 行…' },
  CLI_IMPORT_ISSUE_COLUMN: { en: 'column {column}: {reason}', zh: '列 {column}：{reason}' },
  CLI_IMPORT_WARNING: { en: 'warning: {text}', zh: '警告：{text}' },
  CLI_IMPORT_MORE: {
    en: '… and {count} more rejections not listed',
    zh: '……另有 {count} 处拒绝未列出',
  },
  CLI_IMPORT_REJECTED: {
    en: '{count} of {total} files rejected: nothing of a rejected file was stored',
    zh: '{total} 个文件中有 {count} 个被拒绝：被拒绝的文件内容均未保存',
  },
  CLI_FACTS_DESCRIPTION: { en: 'Count the facts of the account, per kind', zh: '按类型统计账户中的事实数' },
  CLI_FACTS_TITLE: { en: 'Facts of account {account}', zh: '账户 {account} 的事实' },

  CLI_COL_FILE: { en: 'file', zh: '文件' },
  CLI_COL_KIND: { en: 'kind', zh: '类型' },
  CLI_COL_ROWS: { en: 'rows', zh: '行数' },
  CLI_COL_ADDED: { en: 'added', zh: '新增' },
  CLI_COL_UPDATED: { en: 'updated', zh: '更新' },
  CLI_COL_DUPLICATES: { en: 'duplicates', zh: '重复' },
  CLI_COL_REJECTED: { en: 'rejected', zh: '拒绝' },
  CLI_COL_COUNT: { en: 'count', zh: '数量' },
});
