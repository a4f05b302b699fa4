// Messages of the Amazon report readers (English and Simplified Chinese): rejected values that only
// Amazon files have, and the file-level warnings of an import.
import { defineMessages } from '../../core/messages/messages.js';

export const AMAZON = defineMessages({
  IMPORT_AMAZON_NOT_QUANTITY: {
    en: '"{value}" is not a whole number of units ≥ 0',
    zh: '"{value}" 不是 ≥ 0 的整数件数',
  },
  IMPORT_AMAZON_NOT_NUMBER: { en: '"{value}" is not a number ≥ 0', zh: '"{value}" 不是 ≥ 0 的数字' },
  IMPORT_AMAZON_NOT_YES_NO: { en: '"{value}" is not Yes/No or true/false', zh: '"{value}" 不是 Yes/No 或 true/false' },
  IMPORT_AMAZON_NOT_DAY: {
    en: '"{value}" is not a date (YYYY-MM-DD, {slashed} or ISO-8601)',
    zh: '"{value}" 不是日期（YYYY-MM-DD、{slashed} 或 ISO-8601）',
  },
  IMPORT_AMAZON_NOT_INSTANT: {
    en: '"{value}" is not a date and time (ISO-8601, e.g. 2020-02-18T05:05:21+00:00)',
    zh: '"{value}" 不是日期时间（ISO-8601，如 2020-02-18T05:05:21+00:00）',
  },
  IMPORT_AMAZON_CONDITION: {
    en: '"{value}" is not a condition clearway knows (New, Used…, Collectible…, Refurbished/Renewed)',
    zh: '"{value}" 不是 clearway 认识的商品状况（New、Used…、Collectible…、Refurbished/Renewed）',
  },
  IMPORT_AMAZON_CHANNEL: {
    en: '"{value}" is not a fulfilment channel (Amazon/AFN or Merchant/MFN)',
    zh: '"{value}" 不是配送渠道（Amazon/AFN 或 Merchant/MFN）',
  },
  IMPORT_AMAZON_MARKETPLACE_NEEDED: {
    en: 'the report does not say its marketplace and SKU {sku} is not known on one: give --marketplace',
    zh: '报告未注明站点，且 SKU {sku} 无法确定唯一站点：请指定 --marketplace',
  },
  IMPORT_AMAZON_ASIN_NEEDED: {
    en: 'SKU {sku} is not a product of the account on {marketplace}: an ASIN is needed to add it',
    zh: 'SKU {sku} 不是本账户在 {marketplace} 的商品：需要 ASIN 才能添加',
  },
  IMPORT_AMAZON_SKIPPED_CHANNEL: {
    en: '{count} lines of sales channels that are not a clearway marketplace skipped ({channels})',
    zh: '已跳过 {count} 行非 clearway 站点销售渠道的订单（{channels}）',
  },
  IMPORT_AMAZON_SKIPPED_MARKETPLACE: {
    en: '{count} rows of marketplaces clearway does not cover skipped ({marketplaces})',
    zh: '已跳过 {count} 行 clearway 不支持的站点的数据（{marketplaces}）',
  },
  IMPORT_AMAZON_UNIT_PRICE_ROUNDED: {
    en: '{count} lines whose item-price is not a multiple of the quantity: unit price rounded half up (first: line {line})',
    zh: '{count} 行的 item-price 不能被数量整除：单价已四舍五入（第一行：第 {line} 行）',
  },
  IMPORT_AMAZON_PRODUCTS_ADDED: {
    en: '{count} SKUs were not products of the account: added with what the report says ({skus})',
    zh: '{count} 个 SKU 不是本账户的商品：已按报告内容添加（{skus}）',
  },
  IMPORT_AMAZON_NO_AGE_LOTS: {
    en: 'this planning report has no complete set of age buckets: no on-hand by age (lots) taken from it',
    zh: '该库存规划报告没有完整的库龄分段：未从中生成按库龄的在库批次',
  },
  IMPORT_SNAPSHOT_SIZE: {
    en: 'the {kind} snapshot of {marketplace} has {rows} rows, the previous one ({previousAt}) had {previous}: the report may be truncated',
    zh: '{marketplace} 的 {kind} 快照有 {rows} 行，上一次（{previousAt}）有 {previous} 行：报告可能不完整',
  },
});
