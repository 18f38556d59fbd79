/**
 * Counts the records of an RFC 4180 CSV as it streams in, chunk by chunk: a line break ends a
 * record only outside quotes (a quoted cell may hold line breaks, e.g. an address), and a last
 * record without a final line break still counts once the stream ends.
 */
export class CsvRecordCounter {
  /** Records ended by a line break so far. */
  complete = 0;
  private inQuotes = false;
  /** Characters seen since the last record ended. */
  private open = false;

  push(text: string): void {
    let i = 0;
    while (i < text.length) {
      if (this.inQuotes) {
        const quote = text.indexOf('"', i);
        if (quote < 0) return;
        // A doubled quote ("") leaves and re-enters: the count is the same.
        this.inQuotes = false;
        i = quote + 1;
        continue;
      }
      const quote = text.indexOf('"', i);
      const newline = text.indexOf('\n', i);
      if (newline >= 0 && (quote < 0 || newline < quote)) {
        this.complete += 1;
        this.open = false;
        i = newline + 1;
      } else if (quote >= 0) {
        this.inQuotes = true;
        this.open = true;
        i = quote + 1;
      } else {
        this.open = true;
        return;
      }
    }
  }

  /** All records once the stream has ended, the last one included if it had no line break. */
  total(): number {
    return this.complete + (this.open ? 1 : 0);
  }
}
