import { hash } from './random';

/**
 * Deterministic v4-shaped UUIDs. A seeded transaction's id carries its row number through a keyed
 * 32-bit Feistel permutation in its first four bytes, so an id filter finds the row without a
 * million-entry Map, and ids still look random.
 */
const SALT_FEISTEL = 0x66656973;
const SALT_TX = 0x7478;
const SALT_USER = 0x75736572;
const SALT_PARTNER = 0x70617274;
const SALT_CREATED = 0x63726561;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function wordHex(word: number): string {
  return HEX[(word >>> 24) & 255]! + HEX[(word >>> 16) & 255]! + HEX[(word >>> 8) & 255]! + HEX[word & 255]!;
}

/** Formats 4 words as a UUID, forcing the version (4) and variant (10xx) bits. */
export function uuidFromWords(w0: number, w1: number, w2: number, w3: number): string {
  const a = wordHex(w0);
  const b = wordHex(((w1 & 0xffff0fff) | 0x4000) >>> 0);
  const c = wordHex(((w2 & 0x3fffffff) | 0x80000000) >>> 0);
  const d = wordHex(w3);
  return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}

function uuidOf(seed: number, salt: number, n: number, k = 0): string {
  return uuidFromWords(
    hash(seed, salt, n, k),
    hash(seed, salt, n, k + 1),
    hash(seed, salt, n, k + 2),
    hash(seed, salt, n, k + 3),
  );
}

export class IdCodec {
  constructor(private readonly seed: number) {}

  private round(k: number, half: number): number {
    return hash(this.seed, SALT_FEISTEL, k, half) & 0xffff;
  }

  private permute(x: number): number {
    let l = x >>> 16;
    let r = x & 0xffff;
    for (let k = 0; k < 4; k++) {
      const t = l ^ this.round(k, r);
      l = r;
      r = t;
    }
    return ((l << 16) | r) >>> 0;
  }

  private unpermute(y: number): number {
    let l = y >>> 16;
    let r = y & 0xffff;
    for (let k = 3; k >= 0; k--) {
      const t = r ^ this.round(k, l);
      r = l;
      l = t;
    }
    return ((l << 16) | r) >>> 0;
  }

  txId(row: number): string {
    const s = this.seed;
    return uuidFromWords(
      this.permute(row),
      hash(s, SALT_TX, row, 1),
      hash(s, SALT_TX, row, 2),
      hash(s, SALT_TX, row, 3),
    );
  }

  /** The seeded row a canonical (lower-case) id names, or -1. */
  rowOf(id: string, size: number): number {
    if (!/^[0-9a-f]{8}-/.test(id)) return -1;
    const row = this.unpermute(Number.parseInt(id.slice(0, 8), 16));
    return row < size && this.txId(row) === id ? row : -1;
  }

  userId(user: number): string {
    return uuidOf(this.seed, SALT_USER, user);
  }

  partnerId(partner: number): string {
    return uuidOf(this.seed, SALT_PARTNER, partner);
  }

  partnerKey(partner: number): string {
    return `${uuidOf(this.seed, SALT_PARTNER, partner, 10)}:${uuidOf(this.seed, SALT_PARTNER, partner, 20)}`;
  }

  /** Ids of transactions created through the control API: the n-th creation since the last reset. */
  createdId(n: number): string {
    return uuidOf(this.seed, SALT_CREATED, n);
  }
}
