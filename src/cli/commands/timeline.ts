// `clearway timeline ASIN [--from D] [--to D]`: the what-if view of issue 3 — per local day the current,
// List, Was, lowest recent and 30-day lowest net prices, the live promotions, and for each promotion
// kind whether it could run that day and at what maximum price (the price chain of PM-10). D is a local
// day YYYY-MM-DD or an instant; --from defaults to the day of --at, --to to 30 days on. `--json` → the
// document of GET /api/v1/timeline/:asin. Unknown ASIN → exit 3; a bad or reversed range → exit 2.
import type { Command } from 'commander';
import { MarketplaceNeededError, UnknownItemError } from '../../app/asin-facts.js';
import {
  TimelineInputError,
  timelineForAsin,
  type CauseJson,
  type KindJson,
  type LowChangeJson,
  type TimelineJson,
} from '../../app/timeline.js';
import { formatInstant } from '../../core/calendar/calendar.js';
import { defineMessages, t, type Lang } from '../../core/messages/messages.js';
import { CliExit, EXIT, type GlobalOptions } from '../context.js';
import { renderTable } from '../render.js';
import { withStore } from '../store.js';

export const TIMELINE_CLI = defineMessages({
  CLI_TIMELINE_DESCRIPTION: {
    en: 'What-if timeline of an ASIN: reference prices, live promotions and maximum promotion prices per day',
    zh: 'ASIN 的假设时间线：每天的参考价、进行中的促销和各类促销的最高价格',
  },
  CLI_TIMELINE_FROM: {
    en: 'first day (YYYY-MM-DD or instant; default: the day of --at)',
    zh: '起始日（YYYY-MM-DD 或时刻；默认 --at 所在日）',
  },
  CLI_TIMELINE_TO: {
    en: 'last day, included (default: 30 days from --from)',
    zh: '结束日（含当天；默认自 --from 起 30 天）',
  },
  CLI_TIMELINE_TITLE: {
    en: 'Timeline of {asin} on {marketplace} ({currency}), {from} to {to}',
    zh: '{asin} 在 {marketplace} 站点的时间线（{currency}），{from} 至 {to}',
  },
  CLI_TL_DAY: { en: 'day', zh: '日期' },
  CLI_TL_CURRENT: { en: 'current', zh: '当前价' },
  CLI_TL_LIST: { en: 'list', zh: '标价' },
  CLI_TL_WAS: { en: 'was', zh: '历史价' },
  CLI_TL_LOW30: { en: 'low30', zh: '30天最低' },
  CLI_TL_LIVE: { en: 'live', zh: '进行中' },
  CLI_TL_MAX_LD: { en: 'max LD', zh: '秒杀上限' },
  CLI_TL_MAX_BD: { en: 'max BD', zh: '七天促销上限' },
  CLI_TL_MAX_PD: { en: 'max PD', zh: '价格折扣上限' },
  CLI_TL_NOT_VALIDATED: {
    en: '* List Price not validated (PR-1): it is not a reference price',
    zh: '* 标价（List Price）未经验证（PR-1）：不作为参考价',
  },
  CLI_TL_CANNOT: { en: 'no: {code}', zh: '不可：{code}' },
  CLI_TL_FALLS: {
    en: '{day}: 30-day low falls to {price} because of {cause}',
    zh: '{day}：30 天最低净价降至 {price}，原因是 {cause}',
  },
  CLI_TL_FALLS_PLAIN: {
    en: '{day}: 30-day low falls to {price}, a standard price without promotion',
    zh: '{day}：30 天最低净价降至 {price}（未参加促销的标准价格）',
  },
  CLI_TL_RISES: {
    en: '{day}: 30-day low rises to {price}: {cause} left the 30-day window',
    zh: '{day}：30 天最低净价回升至 {price}：{cause} 已移出 30 天窗口',
  },
  CLI_TL_RISES_PLAIN: {
    en: '{day}: 30-day low rises to {price}: the lower price left the 30-day window',
    zh: '{day}：30 天最低净价回升至 {price}：更低的价格已移出 30 天窗口',
  },
  CLI_TL_APPEARS: { en: '{day}: 30-day low is {price}', zh: '{day}：30 天最低净价为 {price}' },
  CLI_TL_DISAPPEARS: {
    en: '{day}: no price in the past 30 days: no 30-day low',
    zh: '{day}：过去 30 天没有价格，没有 30 天最低净价',
  },
  CLI_TL_NO_CHANGE: {
    en: 'The 30-day low does not change over these days.',
    zh: '在这些日期内 30 天最低净价没有变化。',
  },
  CLI_TL_KIND_coupon: { en: 'coupon', zh: '优惠券' },
  CLI_TL_KIND_price_discount: { en: 'price discount', zh: '价格折扣' },
  CLI_TL_KIND_ped: { en: 'PED', zh: '会员专享折扣' },
  CLI_TL_KIND_lightning_deal: { en: 'Lightning Deal', zh: '秒杀' },
  CLI_TL_KIND_best_deal: { en: 'Best Deal', zh: '七天促销' },
  CLI_TL_KIND_promo_code: { en: 'promotion code', zh: '促销码' },
  CLI_TL_KIND_business_price: { en: 'business price', zh: '企业价' },
  CLI_TL_KIND_outlet_deal: { en: 'Outlet deal', zh: 'Outlet 秒杀' },
  CLI_TL_KIND_outlet_sale: { en: 'Outlet sale', zh: 'Outlet 特卖' },
});

function causeText(c: CauseJson, lang: Lang): string {
  return c.promotionIds.map((id, i) => `${t(`CLI_TL_KIND_${c.kinds[i] ?? ''}`, {}, lang)} ${id}`).join(' + ');
}

/** One line explaining a move of the 30-day lowest net price. */
export function changeLine(c: LowChangeJson, lang: Lang): string {
  const price = c.to ?? '-';
  switch (c.direction) {
    case 'falls':
      return c.cause === null
        ? t(TIMELINE_CLI.CLI_TL_FALLS_PLAIN, { day: c.day, price }, lang)
        : t(TIMELINE_CLI.CLI_TL_FALLS, { day: c.day, price, cause: causeText(c.cause, lang) }, lang);
    case 'rises':
      return c.previousCause === null
        ? t(TIMELINE_CLI.CLI_TL_RISES_PLAIN, { day: c.day, price }, lang)
        : t(TIMELINE_CLI.CLI_TL_RISES, { day: c.day, price, cause: causeText(c.previousCause, lang) }, lang);
    case 'appears':
      return t(TIMELINE_CLI.CLI_TL_APPEARS, { day: c.day, price }, lang);
    case 'disappears':
      return t(TIMELINE_CLI.CLI_TL_DISAPPEARS, { day: c.day }, lang);
  }
}

function maxCell(k: KindJson, lang: Lang): string {
  if (k.ok) return k.maxPrice ?? '-';
  return t(TIMELINE_CLI.CLI_TL_CANNOT, { code: k.reasons[0]?.code ?? '-' }, lang);
}

/** The human form: a table of days and the lines that explain each move of the 30-day low. */
export function renderTimeline(doc: TimelineJson, lang: Lang): string {
  const h = (code: string) => t(code, {}, lang);
  const headers = [
    h(TIMELINE_CLI.CLI_TL_DAY),
    h(TIMELINE_CLI.CLI_TL_CURRENT),
    h(TIMELINE_CLI.CLI_TL_LIST),
    h(TIMELINE_CLI.CLI_TL_WAS),
    h(TIMELINE_CLI.CLI_TL_LOW30),
    h(TIMELINE_CLI.CLI_TL_LIVE),
    h(TIMELINE_CLI.CLI_TL_MAX_LD),
    h(TIMELINE_CLI.CLI_TL_MAX_BD),
    h(TIMELINE_CLI.CLI_TL_MAX_PD),
  ];
  let unvalidated = false;
  const rows = doc.days.map((d) => {
    const list = d.listPrice.value === null ? null : d.listPrice.value + (d.listPrice.validated ? '' : '*');
    if (d.listPrice.value !== null && !d.listPrice.validated) unvalidated = true;
    return [
      d.day,
      d.currentPrice,
      list,
      d.wasPrice.value,
      d.lowest30DayNetPrice.value,
      d.live.length === 0 ? null : d.live.map((l) => l.id).join(','),
      maxCell(d.canRun.lightning_deal, lang),
      maxCell(d.canRun.best_deal, lang),
      maxCell(d.canRun.price_discount, lang),
    ];
  });
  const title = t(
    TIMELINE_CLI.CLI_TIMELINE_TITLE,
    { asin: doc.asin, marketplace: doc.marketplace, currency: doc.currency, from: doc.from, to: doc.to },
    lang,
  );
  const lines = [title, '', renderTable(headers, rows).trimEnd()];
  if (unvalidated) lines.push(h(TIMELINE_CLI.CLI_TL_NOT_VALIDATED));
  lines.push('');
  if (doc.changes.length === 0) lines.push(h(TIMELINE_CLI.CLI_TL_NO_CHANGE));
  for (const c of doc.changes) lines.push(changeLine(c, lang));
  return `${lines.join('\n')}\n`;
}

interface TimelineOptions {
  readonly from?: string;
  readonly to?: string;
}

export function register(program: Command, globals: () => GlobalOptions): void {
  program
    .command('timeline')
    .description(t(TIMELINE_CLI.CLI_TIMELINE_DESCRIPTION))
    .argument('<asin>', 'the ASIN')
    .option('--from <day>', t(TIMELINE_CLI.CLI_TIMELINE_FROM))
    .option('--to <day>', t(TIMELINE_CLI.CLI_TIMELINE_TO))
    .action(async (asin: string, options: TimelineOptions) => {
      const g = globals();
      const request = {
        asin,
        marketplace: g.marketplace,
        from: options.from ?? formatInstant(g.at),
        to: options.to ?? null,
      };
      const doc = await withStore(g, async (store) => {
        try {
          return await timelineForAsin(store, g.account, request);
        } catch (error) {
          if (error instanceof UnknownItemError) throw new CliExit(EXIT.unknown, error.messageIn(g.lang));
          if (error instanceof MarketplaceNeededError || error instanceof TimelineInputError)
            throw new CliExit(EXIT.badInput, error.messageIn(g.lang));
          throw error;
        }
      });
      process.stdout.write(g.json ? `${JSON.stringify(doc)}\n` : renderTimeline(doc, g.lang));
    });
}
