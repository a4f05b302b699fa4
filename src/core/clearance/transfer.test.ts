import { describe, expect, it } from 'vitest';
import { crossConvert } from './transfer.js';

describe('EXC-6: prices of another marketplace converted through the common cost currency', () => {
  it('shifts minor-unit digits between USD cents and JPY yen (no ×100 error)', () => {
    // Cost currency CNY: 1 CNY = 0.1331 USD (US product's fx_rate) and 20 JPY (JP product's fx_rate).
    // $42.02 = 4202 cents → 4202 / 100 / 0.1331 CNY → × 20 JPY = ¥6,314.05… → ¥6,314 (half up).
    expect(crossConvert(4202, 'JPY', '20', 'USD', '0.1331')).toBe(6314);
    // Back: ¥6,314 → 6314 / 20 CNY → × 0.1331 USD = $42.02 (4202 cents, half up).
    expect(crossConvert(6314, 'USD', '0.1331', 'JPY', '20')).toBe(4202);
  });

  it('keeps two-decimal currencies two-decimal (EUR → USD)', () => {
    // €10.00 with 1 CNY = 0.13 EUR and 0.14 USD → $10.77 (1076.92… → 1077 cents).
    expect(crossConvert(1000, 'USD', '0.14', 'EUR', '0.13')).toBe(1077);
  });
});
