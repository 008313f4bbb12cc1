/** Escaping for the pages the emulator renders: every value a script or account supplied. */
import { valueText } from '../valueText';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe inside element content and quoted attribute values. */
export function escapeHtml(value: unknown): string {
  const text = valueText(value);
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

/** An href safe to emit: relative, http(s) or mailto; anything else (javascript:, data:) becomes `#`. */
export function safeHref(url: string): string {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed) || /^[/?#.]/.test(trimmed) || !/^[a-z][a-z0-9+.-]*:/i.test(trimmed))
    return escapeHtml(trimmed);
  return '#';
}
