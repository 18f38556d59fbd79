/**
 * Deterministic hashing and a small PRNG. Seeded data must be a pure function of (seed, row) so a
 * row can be rebuilt on demand instead of being kept in memory.
 */

/** murmur3's finaliser: full avalanche on 32 bits. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Hash of up to four 32-bit words; fixed arity keeps the hot seeding loops allocation-free. */
export function hash(a: number, b = 0, c = 0, d = 0): number {
  let h = mix32(a ^ 0x9e3779b9);
  h = mix32(h ^ mix32(b + 0x7f4a7c15));
  h = mix32(h ^ mix32(c + 0x632be5ab));
  return mix32(h ^ mix32(d + 0x1b873593));
}

/** Folds any JS number seed (negative, fractional, above 2^32) into one well-mixed word. */
export function seedWord(seed: number): number {
  const whole = Math.trunc(seed);
  return hash(whole >>> 0, Math.floor(whole / 4294967296) >>> 0, Math.round((seed - whole) * 1e6));
}

/** Weyl sequence through the murmur finaliser: fast, and plenty random for fake data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed | 0;
  }

  next(): number {
    this.state = (this.state + 0x9e3779b9) | 0;
    return mix32(this.state);
  }

  float(): number {
    return this.next() / 4294967296;
  }

  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** Inclusive range. */
  range(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.float() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }

  weighted<T>(table: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of table) total += w;
    let r = this.float() * total;
    for (const [value, w] of table) {
      r -= w;
      if (r < 0) return value;
    }
    return table[table.length - 1]![0];
  }

  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(10));
    return out;
  }

  hex(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += (this.next() & 15).toString(16);
    return out;
  }

  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.next() & 255;
    return out;
  }

  /** Roughly normal (sum of uniforms), for amounts that cluster around a typical value. */
  normal(): number {
    return this.float() + this.float() + this.float() + this.float() - 2;
  }
}
