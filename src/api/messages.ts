// Messages of the HTTP API, the `serve` refusal and the placeholder dashboard (en + zh-CN, GEN-4).
// Catalogue codes carry an API_/SERVE_/DASHBOARD_ prefix so they never clash with another layer's
// codes; the machine code in an error answer (UNKNOWN_SKU, …) is chosen separately in errors.ts.
import { defineMessages } from '../core/messages/messages.js';
import type { FactKind } from '../core/catalog/facts.js';

export const API_MESSAGES = defineMessages({
  API_KEY_REQUIRED: {
    en: 'An API key is required: send "Authorization: Bearer <key>" or "X-Api-Key: <key>".',
    zh: '需要 API 密钥：请发送 "Authorization: Bearer <key>" 或 "X-Api-Key: <key>"。',
  },
  API_KEY_INVALID: {
    en: 'The API key is not valid.',
    zh: 'API 密钥无效。',
  },
  API_UNKNOWN_SKU: {
    en: 'No product with SKU {sku} in this account.',
    zh: '此账户中没有 SKU 为 {sku} 的商品。',
  },
  API_NOT_FOUND: {
    en: 'No such resource: {method} {url}.',
    zh: '没有此资源：{method} {url}。',
  },
  API_BAD_REQUEST: {
    en: 'Bad request: {reason}',
    zh: '请求有误：{reason}',
  },
  API_INTERNAL_ERROR: {
    en: 'Internal error; the server log has the details.',
    zh: '内部错误，详情见服务器日志。',
  },
  SERVE_KEY_REQUIRED: {
    en:
      'Refusing to listen on {host} without an API key: anyone who can reach it could read the data. ' +
      'Create a key with "clearway keys create --account NAME", or listen on 127.0.0.1.',
    zh:
      '拒绝在 {host} 上监听：尚未配置 API 密钥，能访问该地址的任何人都能读取数据。' +
      '请先用 "clearway keys create --account NAME" 创建密钥，或改为监听 127.0.0.1。',
  },
  DASHBOARD_TITLE: { en: 'clearway', zh: 'clearway' },
  DASHBOARD_ACCOUNT: { en: 'Account', zh: '账户' },
  DASHBOARD_FACTS: { en: 'Facts stored', zh: '已存储的事实' },
  DASHBOARD_KIND: { en: 'Kind', zh: '类型' },
  DASHBOARD_COUNT: { en: 'Count', zh: '数量' },
  DASHBOARD_TOTAL: { en: 'Total', zh: '合计' },
  DASHBOARD_PLACEHOLDER: {
    en: 'This is a placeholder: the full dashboard comes in a later version.',
    zh: '这是占位页面：完整的仪表板将在后续版本提供。',
  },
  DASHBOARD_API_DOCS: { en: 'API documentation', zh: 'API 文档' },
  DASHBOARD_OPENAPI: { en: 'OpenAPI document', zh: 'OpenAPI 文档' },
  DASHBOARD_KEY_NEEDED: {
    en: 'This server requires an API key. It is kept in this browser tab only (sessionStorage).',
    zh: '此服务器需要 API 密钥。密钥只保存在当前浏览器标签页中（sessionStorage）。',
  },
  DASHBOARD_KEY_LABEL: { en: 'API key', zh: 'API 密钥' },
  DASHBOARD_KEY_SUBMIT: { en: 'Show my facts', zh: '显示我的事实' },
  DASHBOARD_KEY_FORGET: { en: 'Forget the key', zh: '清除密钥' },
  DASHBOARD_LOADING: { en: 'Loading…', zh: '加载中…' },
  DASHBOARD_KIND_products: { en: 'Products (versions)', zh: '商品（版本）' },
  DASHBOARD_KIND_orders: { en: 'Order lines', zh: '订单行' },
  DASHBOARD_KIND_prices: { en: 'Price changes', zh: '价格变更' },
  DASHBOARD_KIND_offers: { en: 'Offers seen', zh: '报价记录' },
  DASHBOARD_KIND_promotions: { en: 'Promotions and deals', zh: '促销与秒杀' },
  DASHBOARD_KIND_lots: { en: 'Inventory lots', zh: '库存批次' },
  DASHBOARD_KIND_shipments: { en: 'Inbound shipments', zh: '入库货件' },
  DASHBOARD_KIND_seller: { en: 'Seller versions', zh: '卖家信息（版本）' },
  DASHBOARD_KIND_events: { en: 'Major events', zh: '大促活动' },
  DASHBOARD_KIND_frozen_was_prices: { en: 'Frozen Was Prices', zh: '冻结的 Was Price' },
  DASHBOARD_KIND_evidence: { en: 'List Price evidence', zh: '标价证据' },
  DASHBOARD_KIND_pricing_rules: { en: 'Automated pricing rules', zh: '自动定价规则' },
  DASHBOARD_KIND_outlet_events: { en: 'Outlet deal events', zh: '奥特莱斯促销事件' },
  DASHBOARD_KIND_ishs_enrollment: { en: 'In-Stock Head Start enrolment events', zh: '有库存抢先起步注册事件' },
  DASHBOARD_KIND_shipment_eta_changes: { en: 'Shipment ETA changes', zh: '货件预计到达时间变更' },
  DASHBOARD_KIND_promises: { en: 'Order promise events', zh: '订单承诺事件' },
  DASHBOARD_KIND_presale_campaigns: { en: 'Pre-sale campaigns', zh: '预售活动' },
  DASHBOARD_KIND_presale_events: { en: 'Pre-sale campaign events', zh: '预售活动事件' },
  DASHBOARD_KIND_inventory_snapshots: { en: 'Inventory snapshots (Amazon)', zh: '库存快照（亚马逊）' },
  DASHBOARD_KIND_planning_rows: { en: 'Inventory planning rows (Amazon)', zh: '库存规划行（亚马逊）' },
  DASHBOARD_KIND_restock_rows: { en: 'Restock recommendations (Amazon)', zh: '补货建议（亚马逊）' },
});

/** The catalogue code of a fact kind's dashboard label. */
export function kindLabelCode(kind: FactKind): string {
  return `DASHBOARD_KIND_${kind}`;
}
