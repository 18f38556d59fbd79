/**
 * National check-digit rules, so seeded bank details pass the validators real support tools (and
 * Rampdesk's own, later) run on them.
 */

function digitsOf(s: string): number[] {
  return [...s].map(Number);
}

/** Mexican CLABE: weights 3,7,1 over the first 17 digits, each product taken mod 10. */
export function clabeCheckDigit(first17: string): number {
  const w = [3, 7, 1];
  const sum = digitsOf(first17).reduce((acc, d, i) => acc + ((d * w[i % 3]!) % 10), 0);
  return (10 - (sum % 10)) % 10;
}

export function isValidClabe(clabe: string): boolean {
  return /^\d{18}$/.test(clabe) && clabeCheckDigit(clabe.slice(0, 17)) === Number(clabe[17]);
}

/** US ABA routing number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function abaCheckDigit(first8: string): number {
  const d = digitsOf(first8);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]!);
  return (10 - (sum % 10)) % 10;
}

export function isValidAba(routing: string): boolean {
  return /^\d{9}$/.test(routing) && abaCheckDigit(routing.slice(0, 8)) === Number(routing[8]);
}

/** ISO 7064 mod 97 over a string of digits and letters (A=10 … Z=35), in chunks to stay exact. */
function mod97(text: string): number {
  const numeric = [...text.toUpperCase()]
    .map((ch) => (ch >= 'A' && ch <= 'Z' ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
  let rest = 0;
  for (let i = 0; i < numeric.length; i += 7) rest = Number(String(rest) + numeric.slice(i, i + 7)) % 97;
  return rest;
}

export function ibanFor(country: string, bban: string): string {
  const check = 98 - mod97(bban + country + '00');
  return country + String(check).padStart(2, '0') + bban;
}

export function isValidIban(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** Luhn (used for the check digit of Dominican cédulas). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  digitsOf(payload)
    .reverse()
    .forEach((d, i) => {
      const v = i % 2 === 0 ? d * 2 : d;
      sum += v > 9 ? v - 9 : v;
    });
  return (10 - (sum % 10)) % 10;
}

/** Spain's two national "DC" digits: one over 00+bank+branch, one over the account. */
export function esControlDigits(bank: string, branch: string, account: string): string {
  const w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6];
  const one = (s: string) => {
    const r = 11 - (digitsOf(s).reduce((acc, d, i) => acc + d * w[i]!, 0) % 11);
    return r === 11 ? 0 : r === 10 ? 1 : r;
  };
  return `${one('00' + bank + branch)}${one(account)}`;
}

/** France's RIB key for an all-digit account number. */
export function frRibKey(bank: string, branch: string, account: string): string {
  const r = (89 * Number(bank) + 15 * Number(branch) + 3 * Number(account)) % 97;
  return String(97 - r).padStart(2, '0');
}

/** Spanish DNI letter. */
export function dniLetter(number: string): string {
  return 'TRWAGMYFPDXBNJZSQVHLCKE'[Number(number) % 23]!;
}
