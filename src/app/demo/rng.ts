// The demo generator's random source: pure-rand's xoroshiro128plus behind a small mutable wrapper.
// Every stream is derived from (seed, label), so adding a draw in one part of the generator does not
// shift the numbers of another part: the same seed and anchor always give the same demo account.
import { xoroshiro128plus, unsafeUniformIntDistribution } from 'pure-rand';
import type { RandomGenerator } from 'pure-rand';

/** FNV-1a hash of a label, mixed with the seed: the seed of a derived stream. */
function mix(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ (seed | 0);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

const TWO_32 = 4_294_967_296;

export class Rng {
  private readonly gen: RandomGenerator;

  constructor(
    readonly seed: number,
    readonly label = '',
  ) {
    this.gen = xoroshiro128plus(mix(seed, label));
    // The first outputs of a fresh xoroshiro state are weakly mixed: skip a few.
    for (let i = 0; i < 4; i++) this.gen.unsafeNext();
  }

  /** An independent stream for a sub-task (e.g. one SKU's demand). */
  fork(label: string): Rng {
    return new Rng(this.seed, `${this.label}/${label}`);
  }

  /** A float in [0, 1). */
  float(): number {
    return (this.gen.unsafeNext() >>> 0) / TWO_32;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return unsafeUniformIntDistribution(min, max, this.gen);
  }

  /** A float in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.float();
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Picks by weight: `[[value, weight], …]`. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    const total = choices.reduce((s, [, w]) => s + w, 0);
    let r = this.float() * total;
    for (const [value, w] of choices) {
      r -= w;
      if (r < 0) return value;
    }
    return (choices[choices.length - 1] as readonly [T, number])[0];
  }

  /** A standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.float();
    const v = this.float();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** A Poisson draw with mean `lambda` (Knuth below 30, normal approximation above). */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.float();
    while (p > limit) {
      k++;
      p *= this.float();
    }
    return k;
  }

  /** A shuffled copy (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const tmp = out[i] as T;
      out[i] = out[j] as T;
      out[j] = tmp;
    }
    return out;
  }

  /** A string of `length` characters drawn from `alphabet`. */
  chars(alphabet: string, length: number): string {
    let s = '';
    for (let i = 0; i < length; i++) s += alphabet[this.int(0, alphabet.length - 1)];
    return s;
  }

  /** A string of decimal digits (leading zeros allowed). */
  digits(length: number): string {
    return this.chars('0123456789', length);
  }
}
