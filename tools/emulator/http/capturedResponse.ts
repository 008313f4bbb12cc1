/**
 * What a script writes to its response, captured: status, headers (names case-insensitive,
 * first spelling kept), body text and redirect.
 */

export class CapturedResponse {
  status = 200;
  private readonly headerValues = new Map<string, { name: string; values: string[] }>();
  private readonly chunks: string[] = [];

  setHeader(name: string, value: string): void {
    this.headerValues.set(name.toLowerCase(), { name, values: [value] });
  }

  addHeader(name: string, value: string): void {
    const existing = this.headerValues.get(name.toLowerCase());
    if (existing) existing.values.push(value);
    else this.setHeader(name, value);
  }

  getHeader(name: string): string | null {
    return this.headerValues.get(name.toLowerCase())?.values.join(', ') ?? null;
  }

  write(text: string): void {
    this.chunks.push(text);
  }

  get body(): string {
    return this.chunks.join('');
  }

  /** Headers by lower-case name; repeated headers joined with ", ". */
  headers(): Record<string, string> {
    return Object.fromEntries([...this.headerValues].map(([key, header]) => [key, header.values.join(', ')]));
  }

  /** Headers as the script set them (first spelling of each name). */
  headersAsSet(): Record<string, string> {
    return Object.fromEntries([...this.headerValues.values()].map((header) => [header.name, header.values.join(', ')]));
  }
}
