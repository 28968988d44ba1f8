/** Readable one-time passwords for new and reset accounts. */
import { randomInt } from "node:crypto";

// No 0/o, 1/l/i: easy to read aloud and to copy from a phone screen.
const ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Three groups of four, e.g. "k7mp-4xq2-ra9t": 14 characters, about 59 bits from a CSPRNG. */
export function generateOneTimePassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return [group(), group(), group()].join("-");
}
