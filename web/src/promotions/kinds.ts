// One colour per promotion kind, shared by the calendar, its legend and the price chart's bands.
export const KIND_COLORS: Readonly<Record<string, string>> = {
  coupon: '#5b8bd9',
  price_discount: '#3f9d7a',
  ped: '#2a7fa8',
  lightning_deal: '#e07f2e',
  best_deal: '#c2413b',
  promo_code: '#7a5cc7',
  business_price: '#6b7580',
  outlet_deal: '#9e2a2b',
  outlet_sale: '#d9b23a',
};

export function kindColor(kind: string): string {
  return KIND_COLORS[kind] ?? '#8a939c';
}
