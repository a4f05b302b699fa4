// The dashboard's one catalogue of UI text, English and Simplified Chinese (issue 8 §6). Rule
// messages are not here: the API sends them as `message` / `messageZh` (pick them with `pickMessage`).
// Each entry is [English, 简体中文]; {name} placeholders are filled from values.
import { useSyncExternalStore } from 'react';

export type Lang = 'en' | 'zh-CN';
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

const UI = {
  // shell
  appName: ['clearway', 'clearway'],
  tagline: ['Excess stock and promotion checks', '库存积压与促销检查'],
  navOverview: ['Overview', '概览'],
  navInventory: ['Inventory health', '库存健康'],
  navPromotions: ['Promotions', '促销'],
  navOutlet: ['Outlet', '奥特莱斯'],
  navReplenishment: ['Replenishment', '补货'],
  navImport: ['Import', '导入'],
  language: ['Language', '语言'],
  account: ['Account', '账户'],
  signOut: ['Sign out', '退出'],
  apiDocs: ['API docs', 'API 文档'],
  loading: ['Loading…', '加载中…'],
  retry: ['Retry', '重试'],
  none: ['None', '无'],
  yes: ['yes', '是'],
  no: ['no', '否'],
  close: ['Close', '关闭'],
  all: ['All', '全部'],
  notAvailable: [
    'Not available on this server yet: its API has no {path}.',
    '此服务器暂不提供：其 API 中没有 {path}。',
  ],
  errorTitle: ['Could not load', '无法加载'],
  // sign-in
  signInTitle: ['Sign in', '登录'],
  signInText: [
    'This server requires an API key. It is kept in this browser tab only and sent with every request.',
    '此服务器需要 API 密钥。密钥只保存在当前浏览器标签页中，并随每个请求发送。',
  ],
  apiKey: ['API key', 'API 密钥'],
  signInButton: ['Sign in', '登录'],
  signInHint: ['Create one with: clearway keys create --account NAME', '创建方法：clearway keys create --account NAME'],
  keyRejected: ['The API key was not accepted.', 'API 密钥未被接受。'],
  // common words
  marketplace: ['Marketplace', '站点'],
  kind: ['Kind', '类型'],
  status: ['Status', '状态'],
  start: ['Start', '开始'],
  end: ['End', '结束'],
  time: ['Time', '时间'],
  period: ['Period', '时段'],
  price: ['Price', '价格'],
  units: ['Units', '件数'],
  value: ['Value', '值'],
  rule: ['Rule', '规则'],
  why: ['Why', '原因'],
  reasons: ['Reasons', '原因'],
  errors: ['Errors', '错误'],
  warnings: ['Warnings', '警告'],
  today: ['Today', '今天'],
  earlier: ['Earlier', '更早'],
  later: ['Later', '更晚'],
  auto: ['automatic', '自动'],
  generated: ['generated', '自动生成'],
  submit: ['Submit', '提交'],
  update: ['Update', '更新'],
  cancel: ['Cancel', '取消'],
  submitted: ['Submitted', '提交时间'],
  showAll: ['Show all {count}', '显示全部 {count} 个'],
  showFewer: ['Show fewer', '收起'],
  searchSkuAsin: ['Search SKU or ASIN', '搜索 SKU 或 ASIN'],
  asOf: ['As of {at}', '截至 {at}'],
  alert: ['Alert', '提醒'],
  // columns
  colSku: ['SKU', 'SKU'],
  colMarketplace: ['Market', '站点'],
  colOnHand: ['On hand', '在库'],
  colInbound: ['Inbound', '在途'],
  colSold30: ['Sold 30 d', '30 天销量'],
  colRatio: ['Stock/sales', '库销比'],
  colBand: ['Band', '分级'],
  colAged90: ['> 90 days', '库龄 > 90 天'],
  colHolding90: ['Holding 90 d', '90 天仓储成本'],
  colAction: ['Action', '建议操作'],
  colNetCash: ['Net cash', '净回款'],
  // bands (DEC-4)
  bandStockoutRisk: ['Stockout risk', '断货风险'],
  bandHealthy: ['Healthy', '健康'],
  bandModerate: ['Moderate excess', '中度积压'],
  bandHeavy: ['Heavy excess', '严重积压'],
  // overview
  overviewTitle: ['Overview', '概览'],
  excessWhat: ['the excess table', '库存积压表'],
  excessSkus: ['SKUs in excess', '积压 SKU'],
  ofSkus: ['of {total} SKUs', '共 {total} 个 SKU'],
  excessUnits: ['Excess units', '积压件数'],
  agedUnits: ['{units} units aged over 90 days (EXC-2)', '{units} 件库龄超过 90 天（EXC-2）'],
  excessValue: ['Value of the excess', '积压库存价值'],
  excessValueHint: ['excess units × current price', '积压件数 × 当前价格'],
  holdingNext90: ['Holding cost, next 90 days', '未来 90 天仓储成本'],
  riskTitle: ['Money at risk from promotions', '促销带来的资金风险'],
  riskNone: ['No buyer pays under cost in the next 30 days.', '未来 30 天没有买家以低于成本的价格购买。'],
  riskLead: [
    'Every live and planned promotion from {from} to {to}: {checks} promotions on {asins} ASINs, checked again (PM-1..PM-10) and run through the loss guard (PQ-4, every buyer and code combination).',
    '{from} 至 {to} 期间所有进行中和计划中的促销：{asins} 个 ASIN 上的 {checks} 个促销，已重新检查（PM-1..PM-10）并运行亏损防护（PQ-4，覆盖所有买家与优惠码组合）。',
  ],
  riskAmountHint: [
    'Worst case: each SKU’s lowest net price under its floor × the units its promotions are expected to sell.',
    '最坏情况：每个 SKU 低于底线的最低净价差额 × 其促销预计售出的件数。',
  ],
  riskPerUnit: ['{amount} per unit under the floor, summed over SKUs', '低于底线的每件差额合计 {amount}'],
  riskFailing: ['{count} promotions fail their check', '{count} 个促销未通过检查'],
  riskAsins: ['{count} ASINs at risk', '{count} 个 ASIN 有风险'],
  worstLoss: ['worst loss {amount} per unit', '每件最多亏 {amount}'],
  worstNetVsFloor: ['lowest net price {net} vs floor {floor}', '最低净价 {net}，底线 {floor}'],
  riskExpected: ['× {units} expected units = {amount}', '× 预计 {units} 件 = {amount}'],
  riskInStack: ['in a losing stack', '处于亏损叠加中'],
  riskMore: ['and {count} more ASINs', '另有 {count} 个 ASIN'],
  topActions: ['Top actions of the plan', '清仓计划的首要操作'],
  gainVsNothing: ['Gain vs doing nothing', '相比不采取行动的收益'],
  topActionsHint: [
    'Net cash of the plan over its horizon minus that of doing nothing (EXC-8).',
    '计划期内的净回款减去不采取行动时的净回款（EXC-8）。',
  ],
  topActionsCovers: [
    'Plans of the {planned} SKUs with the highest 90-day holding cost among {excess} SKUs in excess (per currency); the plan of every SKU is on its own page.',
    '仅为 {excess} 个积压 SKU 中预计 90 天仓储成本最高的 {planned} 个（按币种）制定计划；每个 SKU 的完整计划见其页面。',
  ],
  colHoldingCost: ['Holding 90 d', '90 天仓储'],
  reorderAlerts: ['Reorder alerts', '补货提醒'],
  daysOfSupplyShort: ['{days} days of supply', '可售 {days} 天'],
  reorderShort: ['reorder {units}', '补货 {units} 件'],
  dealsTitle: ['Running and upcoming deals', '进行中和即将开始的促销'],
  untilAt: ['until {at}', '至 {at}'],
  fromAt: ['from {at}', '自 {at}起'],
  seeCalendar: ['See the promotions calendar →', '查看促销日历 →'],
  // inventory
  inventoryTitle: ['Inventory health', '库存健康'],
  inventoryLead: [
    'Stock-to-sales ratio and age of every SKU (EXC-1, EXC-2, DEC-4). Click a row for its charts and clearance plan.',
    '每个 SKU 的库销比与库龄（EXC-1、EXC-2、DEC-4）。点击一行查看图表和清仓计划。',
  ],
  filterAge: ['Age', '库龄'],
  ageAny: ['any', '不限'],
  ageOver: ['units over {days} days', '有超过 {days} 天的库存'],
  rowsShown: ['{shown} of {total} SKUs', '{shown} / {total} 个 SKU'],
  // SKU page
  productWhat: ['the product', '商品'],
  holding30: ['Holding 30 d', '30 天仓储成本'],
  ageTitle: ['Units by age', '按库龄的件数'],
  daysBucket: ['{bucket} d', '{bucket} 天'],
  agesUnknown: [
    'The ages of these units are not known (no lots and no planning report).',
    '这些库存的库龄未知（没有批次数据，也没有库存规划报告）。',
  ],
  noExcessRow: ['This SKU has no row in the excess table.', '此 SKU 不在积压表中。'],
  ratioTitle: ['Stock-to-sales over time', '库销比走势'],
  ratioLead: [
    'As of each week from {from} to {to}: (on-hand + inbound) ÷ units sold in the past 30 days (EXC-1); shaded: the DEC-4 bands.',
    '{from} 至 {to} 每周的数据：（在库 + 在途）÷ 过去 30 天销量（EXC-1）；阴影为 DEC-4 分档。',
  ],
  ratioNoPoints: ['No stock data in this range.', '此期间没有库存数据。'],
  colStock: ['On hand + inbound', '在库 + 在途'],
  timelineTitle: ['Reference prices', '参考价格'],
  timelineLead: [
    'Current price, validated List Price, Was Price, lowest recent price and 30-day lowest net price per day (PR-1..PR-6); shaded bands are promotions.',
    '每日的当前价格、已验证标价、Was Price、近期最低价和 30 天最低净价（PR-1..PR-6）；阴影带为促销。',
  ],
  planTitle: ['Clearance plan', '清仓计划'],
  expectedUnits: ['Units', '预计件数'],
  fees: ['Fees', '费用'],
  holdingIfNothing: ['Holding cost if nothing is done', '不采取行动的仓储成本'],
  runnersUp: [
    'The plan beside its runners-up, the rule of thumb and doing nothing',
    '计划与备选方案、经验法则及不采取行动的对比',
  ],
  revenue: ['Revenue', '收入'],
  unitsSold: ['Units sold', '售出件数'],
  unitsLeft: ['Units left', '剩余件数'],
  holdingCost: ['Holding cost', '仓储成本'],
  planNothing: ['No clearance action beats selling at the regular price.', '没有比按常规价格销售更好的清仓操作。'],
  planTotals: ['Net cash over {days} days', '{days} 天内净回款'],
  planRejected: ['{count} candidates refused by the rules', '{count} 个候选方案被规则拒绝'],
  status_plan_plan: ['the plan', '计划'],
  status_plan_runner_up: ['runner-up', '备选'],
  status_plan_do_nothing: ['do nothing', '不采取行动'],
  status_plan_rule_of_thumb: ['rule of thumb (EXC-3)', '经验法则（EXC-3）'],
  recommendations: ['Recommendations', '建议'],
  amazonAsOf: ['report of {at}', '{at} 的报告'],
  amazonNoRecommendation: ['— (no Amazon planning report imported)', '—（未导入亚马逊库存规划报告）'],
  outletTitle: ['Outlet eligibility', '奥特莱斯资格'],
  eligible: ['Eligible', '符合条件'],
  notEligible: ['Not eligible', '不符合条件'],
  maxDealPrice: ['Maximum deal price', '最高促销价'],
  criterion: ['Criterion', '条件'],
  verdict: ['OK', '结果'],
  // prices
  currentPrice: ['Current price', '当前价格'],
  listPrice: ['List Price', '标价'],
  wasPrice: ['Was Price', 'Was Price'],
  lowestRecent: ['Lowest recent price', '近期最低价'],
  lowest30Net: ['30-day lowest net price', '30 天最低净价'],
  reference: ['Reference', '参考价'],
  validated: ['validated', '已验证'],
  notValidated: ['not validated', '未验证'],
  frozen: ['frozen', '已冻结'],
  // promotions
  promotionsTitle: ['Promotions', '促销'],
  calendarTitle: ['Calendar', '日历'],
  showB2b: ['Show business price tiers', '显示企业阶梯价'],
  ganttEmpty: ['No promotions in this window.', '此时间段内没有促销。'],
  ganttPick: ['Use this SKU in the proposal form', '在提案表单中使用此 SKU'],
  proposeTitle: ['Propose a promotion', '提议促销'],
  proposalHint: [
    'Fill in a SKU and dates: the proposal is checked against the rules as you type.',
    '填写 SKU 和日期：输入时即按规则检查提案。',
  ],
  checking: ['Checking…', '检查中…'],
  checkOk: ['Passes every rule', '符合所有规则'],
  checkFails: ['Fails: {count} errors', '未通过：{count} 个错误'],
  checkedAsOf: ['checked as of {at} (DEC-3)', '按 {at} 检查（DEC-3）'],
  referencesAtStart: ['Reference prices at its start', '开始时的参考价格'],
  fee: ['Fee', '费用'],
  feeEstimated: ['Estimated fee', '预计费用'],
  feeFixed: ['Fixed part', '固定部分'],
  feeVariable: ['Variable rate', '浮动费率'],
  noFeeData: ['no fee data', '无费用数据'],
  priceChain: ['Price chain (PM-10)', '价格链（PM-10）'],
  chainLeaves: ['Leaves behind a 30-day lowest net price of', '留下的 30 天最低净价'],
  chainPaidBy: ['paid by {who}', '由{who}支付'],
  chainUntil: ['until {at}', '持续至 {at}'],
  chainBlocks: ['Blocks these planned promotions', '会阻止以下计划中的促销'],
  chainBlocksNone: ['none', '无'],
  dealPrice: ['Deal price', '促销价'],
  discountPct: ['Discount %', '折扣 %'],
  discountAmount: ['Discount amount', '折扣金额'],
  audience: ['Audience', '受众'],
  code: ['Code', '代码'],
  codeType: ['Code type', '代码类型'],
  minQty: ['Minimum quantity', '最低数量'],
  budget: ['Budget', '预算'],
  stackable: ['Stackable with codes', '可与优惠码叠加'],
  promotionId: ['Promotion id', '促销 ID'],
  forceRecord: ['Record even with errors', '即使有错误也记录'],
  recordPromotion: ['Record as planned', '记录为计划'],
  recordOutcome: ['Recorded ({outcome}): {id}', '已记录（{outcome}）：{id}'],
  recordRefused: ['Refused: {count} errors, nothing stored.', '已拒绝：{count} 个错误，未保存。'],
  buyerPrices: ['What buyers pay at its start', '开始时买家支付的价格'],
  buyerPricesHint: [
    'Quotes (PQ-1) at the proposal’s start: with this promotion added to those already stored (a promo code as entered), and without it.',
    '按提案开始时刻的报价（PQ-1）：将本促销加入已存储的促销后（促销码视为已输入），以及不含本促销时。',
  ],
  buyerPricesWith: ['With this promotion', '含本促销'],
  buyerPricesWithout: ['Without it (promotions already stored)', '不含本促销（仅已存储的促销）'],
  buyerRegular: ['Regular buyer', '普通买家'],
  buyerBusinessQty: ['Business buyer, {qty} units', '企业买家，{qty} 件'],
  buyer: ['Buyer', '买家'],
  buyerAnyone: ['Anyone', '所有买家'],
  buyerPrime: ['Prime member', 'Prime 会员'],
  buyerFirstTime: ['First-time buyer', '首次购买者'],
  buyerPrimeFirstTime: ['Prime, first time', 'Prime 首次购买者'],
  buyerBusiness: ['Business buyer', '企业买家'],
  basePrice: ['Base price', '基础价格'],
  directPrice: ['Direct price', '直接降价'],
  addOns: ['Add-ons', '叠加折扣'],
  netPrice: ['Net price', '净价'],
  guardTitle: ['Loss guard', '亏损防护'],
  guardLead: [
    'PQ-4: every buyer context and code combination whose net price falls to zero, to the cost floor or under the minimum price in the next 30 days.',
    'PQ-4：未来 30 天内净价降至零、降至成本底线或低于最低价的所有买家情形与优惠码组合。',
  ],
  guardPick: ['Choose an ASIN', '选择 ASIN'],
  guardOk: ['No buyer can pay at or under a floor.', '没有买家能以等于或低于底线的价格购买。'],
  guardFindings: ['{count} combinations at or under a floor', '{count} 个组合等于或低于底线'],
  guardChecked: ['{segments} periods, {quotes} quotes checked', '检查了 {segments} 个时段、{quotes} 个报价'],
  stack: ['Stack', '叠加'],
  costFloor: ['Cost floor', '成本底线'],
  breaches: ['Breaches', '触及'],
  // outlet
  outletPageTitle: ['Amazon Outlet', '亚马逊奥特莱斯'],
  outletRecommendations: ['Recommendations', '推荐'],
  suggested: ['Suggested', '建议'],
  prepareSubmit: ['Prepare', '准备提交'],
  outletSubmit: ['Submit a deal', '提交促销'],
  outletReport: ['Outlet Deals report', '奥特莱斯促销报告'],
  outletDone: ['Deal {id}: {status}', '促销 {id}：{status}'],
  duringRun: ['Units / sales during the run', '期间销量 / 销售额'],
  newPrice: ['New price', '新价格'],
  // replenishment
  replenishTitle: ['Replenishment', '补货'],
  reorderTitle: ['Reorder', '补货建议'],
  alertsOnly: ['Alerts only', '只看提醒'],
  weightedDailySales: ['Weighted daily sales', '加权日销量'],
  daysOfSupply: ['Days of supply', '可售天数'],
  leadTime: ['Lead time (days)', '补货周期（天）'],
  reorderQty: ['Reorder quantity', '补货数量'],
  amazonRestock: ['Amazon restock', '亚马逊建议补货'],
  reorderNow: ['reorder now', '立即补货'],
  ishsTitle: ['In-Stock Head Start', '在途预售（In-Stock Head Start）'],
  ishsSince: ['since {at}', '自 {at}'],
  ishsShipments: ['{count} inbound shipments, {buyable} buyable', '{count} 个在途货件，{buyable} 个可预购'],
  ishsSlipped: ['late {count}×', '延误 {count} 次'],
  ishsNotConfident: ['carrier estimate not confident (ISHS-3)', '承运商预计不可靠（ISHS-3）'],
  ishsCap: ['Cap', '上限'],
  ishsRoom: ['Room', '剩余'],
  ishsReconcile: ['Units promised against inbound (ISHS-5)', '已承诺的在途库存（ISHS-5）'],
  ishsNothingPromised: ['No units are promised against inbound stock.', '没有针对在途库存承诺的件数。'],
  ishsMyiFuture: ['Amazon: future supply buyable', '亚马逊：可购买的未来库存'],
  shipment: ['Shipment', '货件'],
  ishsBuyable: ['Buyable', '可购买'],
  ishsPromised: ['Promised', '已承诺'],
  ishsAvailable: ['Available', '可用'],
  ishsInStock: ['Estimated in stock', '预计到货'],
  presalesTitle: ['Pre-sales', '预售'],
  presalesNone: [
    'No pre-sale campaigns yet (create one with "clearway presale create").',
    '尚无预售活动（可用 "clearway presale create" 创建）。',
  ],
  payment: ['Payment', '付款'],
  paymentDeposit: ['deposit {amount}', '定金 {amount}'],
  paymentFull: ['full price', '全款'],
  covered: ['Covered', '已覆盖'],
  unitsOffered: ['Units offered', '预售数量'],
  preOrders: ['Pre-orders', '预订单'],
  release: ['Release', '发售日'],
  // import
  importTitle: ['Import', '导入'],
  importLead: [
    'Upload Amazon reports (All Orders, Manage Inventory, Inventory planning, Restock) or clearway fact files. Each file is detected from its header; a file with a rejected row stores nothing.',
    '上传亚马逊报告（所有订单、管理库存、库存规划、补货）或 clearway 事实文件。按表头识别文件类型；有被拒行的文件不会保存任何内容。',
  ],
  importChoose: ['Choose files', '选择文件'],
  importDropHint: [
    '…or drop them here. Seller and product files are imported first.',
    '……或拖放到这里。卖家和商品文件会先导入。',
  ],
  importFromFile: ['from the file', '按文件'],
  importButton: ['Import {count} files', '导入 {count} 个文件'],
  importRunning: ['Importing…', '导入中…'],
  importResults: ['Results', '结果'],
  importFile: ['File', '文件'],
  importStatus: ['Status', '状态'],
  importKind: ['Kind', '类型'],
  importRows: ['Rows', '行数'],
  importAdded: ['Added', '新增'],
  importUpdated: ['Updated', '更新'],
  importDuplicates: ['Duplicates', '重复'],
  importWaiting: ['waiting', '等待中'],
  importUploading: ['uploading {pct}%', '上传中 {pct}%'],
  importImporting: ['importing…', '导入中…'],
  importStored: ['stored', '已保存'],
  importRejectedFile: ['{count} rows rejected, nothing stored', '{count} 行被拒，未保存'],
  importRejectedRows: ['Rejected rows', '被拒的行'],
  importWarnings: ['Warnings', '警告'],
  importLine: ['line {line}', '第 {line} 行'],
  importMore: ['…and {count} more', '……以及另外 {count} 行'],
  importCounts: ['Facts stored', '已存储的事实'],
  // codes from the API (kinds, statuses, buyer contexts, actions, breaches)
  kind_coupon: ['Coupon', '优惠券'],
  kind_price_discount: ['Price discount', '价格折扣'],
  kind_ped: ['Prime exclusive', 'Prime 专享折扣'],
  kind_lightning_deal: ['Lightning Deal', '秒杀'],
  kind_best_deal: ['Best Deal', '7 天促销'],
  kind_promo_code: ['Promo code', '优惠码'],
  kind_business_price: ['Business price', '企业价'],
  kind_outlet_deal: ['Outlet deal', '奥特莱斯促销'],
  kind_outlet_sale: ['Outlet sale', '奥特莱斯特卖'],
  status_live: ['live', '进行中'],
  status_planned: ['planned', '计划中'],
  status_ended: ['ended', '已结束'],
  status_SUBMITTED: ['submitted', '已提交'],
  status_APPROVED: ['approved', '已批准'],
  status_NOT_APPROVED: ['not approved', '未批准'],
  status_RUNNING: ['running', '进行中'],
  status_ENDED: ['ended', '已结束'],
  status_CANCELLED: ['cancelled', '已取消'],
  status_REMOVED: ['removed', '已移除'],
  status_ctx_all: ['any buyer', '所有买家'],
  status_ctx_prime: ['Prime members', 'Prime 会员'],
  status_ctx_first_time: ['first-time buyers', '首次购买者'],
  status_ref_list_price: ['List Price', '标价'],
  status_ref_was_price: ['Was Price', 'Was Price'],
  status_aud_all: ['everyone', '所有人'],
  status_aud_prime: ['Prime members', 'Prime 会员'],
  status_aud_new_buyer: ['new buyers', '新买家'],
  status_aud_business: ['business buyers', '企业买家'],
  status_out_added: ['added', '新增'],
  status_out_updated: ['updated', '已更新'],
  status_out_duplicate: ['already stored', '已存在'],
  status_out_refused: ['refused', '已拒绝'],
  action_none: ['nothing to do', '无需操作'],
  action_replenish: ['replenish', '补货'],
  action_outlet: ['Outlet', '奥特莱斯'],
  action_outlet_sale: ['Outlet sale', '奥特莱斯特卖'],
  action_outlet_deal: ['Outlet deal', '奥特莱斯促销'],
  action_lightning_deal: ['Lightning Deal', '秒杀'],
  action_best_deal: ['Best Deal', '7 天促销'],
  action_best_deal_coupon: ['Best Deal + coupon', '7 天促销 + 优惠券'],
  action_coupon: ['Coupon', '优惠券'],
  action_ped: ['Prime exclusive discount', 'Prime 专享折扣'],
  action_business_price: ['Business price tiers', '企业阶梯价'],
  action_woot: ['WOOT rounds', 'WOOT 多轮清仓'],
  action_woot_rounds: ['WOOT rounds', 'WOOT 多轮清仓'],
  action_markdown: ['Staged markdown', '分阶段降价'],
  action_transfer: ['Sell on another marketplace', '转到其他站点销售'],
  action_wholesale: ['Wholesale', '批发'],
  action_liquidation: ['Liquidation', '清算'],
  action_removal: ['Removal / disposal', '移除 / 弃置'],
  alert_STOCK_BELOW_LEAD_TIME: ['supply below lead time', '可售天数低于补货周期'],
  alert_STALE_STOCK_DATA: ['stock data older than 7 days', '库存数据超过 7 天'],
  alert_NO_STOCK_DATA: ['no stock data', '无库存数据'],
  alert_NO_LEAD_TIME: ['no lead time', '无补货周期'],
  alert_SEASONAL_CUT_STOCKING: ['seasonal: cut stocking', '季节性：减少备货'],
  alert_SEASONAL_START_CLEARANCE: ['seasonal: start clearance', '季节性：开始清仓'],
  alert_LOW_INVENTORY_FEE_RISK: ['low-inventory fee risk', '低库存费风险'],
  status_ishs_never: ['not enrolled', '未加入'],
  status_ishs_enrolled: ['enrolled', '已加入'],
  status_ishs_opt_out_pending: ['opt-out pending', '退出待确认'],
  status_ishs_opted_out: ['opted out', '已退出'],
  status_carrier_amazon_freight: ['Amazon Freight', '亚马逊货运'],
  status_carrier_partnered_carrier: ['Partnered Carrier', '合作承运人'],
  status_carrier_amazon_global_logistics: ['Amazon Global Logistics', '亚马逊全球物流'],
  status_carrier_other: ['other carrier', '其他承运商'],
  status_DRAFT: ['draft', '草稿'],
  status_REJECTED: ['rejected', '已拒绝'],
  status_LIVE: ['live', '进行中'],
  status_RELEASED: ['released', '已发售'],
  breach_zero: ['zero price', '零价格'],
  breach_cost_floor: ['under cost', '低于成本'],
  breach_min_price: ['under minimum price', '低于最低价'],
} as const satisfies Record<string, readonly [string, string]>;

export type UiKey = keyof typeof UI;

const LANG_STORAGE = 'clearway.lang';

function initialLang(): Lang {
  if (typeof localStorage === 'undefined') return 'en'; // outside a browser (unit tests)
  const saved = localStorage.getItem(LANG_STORAGE);
  if (saved === 'en' || saved === 'zh-CN') return saved;
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

let current: Lang = initialLang();
const listeners = new Set<() => void>();
if (typeof document !== 'undefined') document.documentElement.lang = current;

export function setLang(lang: Lang): void {
  current = lang;
  localStorage.setItem(LANG_STORAGE, lang);
  document.documentElement.lang = lang;
  for (const l of listeners) l();
}

export function getLang(): Lang {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useLang(): Lang {
  return useSyncExternalStore(subscribe, getLang);
}

/** Renders a catalogue entry in a language. */
export function translate(lang: Lang, key: UiKey, values: Readonly<Record<string, string | number>> = {}): string {
  const entry = (UI as Record<string, readonly [string, string]>)[key];
  if (!entry) return key; // a code from the API without a catalogue entry is shown as it is
  const [en, zh] = entry;
  const template = lang === 'zh-CN' ? zh : en;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    values[name] === undefined ? whole : String(values[name]),
  );
}

export type Translate = (key: UiKey, values?: Readonly<Record<string, string | number>>) => string;

/** The translator of the current language (re-renders on a switch). */
export function useT(): Translate {
  const lang = useLang();
  return (key, values) => translate(lang, key, values);
}

/** The API's message in the current language (`message` / `messageZh`). */
export function pickMessage(lang: Lang, m: { readonly message: string; readonly messageZh?: string | null }): string {
  return lang === 'zh-CN' && m.messageZh ? m.messageZh : m.message;
}

/** Every key has both languages, non-empty (checked by the tests). */
export function catalogueEntries(): readonly (readonly [string, string, string])[] {
  return Object.entries(UI).map(([key, [en, zh]]) => [key, en, zh] as const);
}
