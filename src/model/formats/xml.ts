/**
 * Escaping for XML 1.0 written by hand. Dataset text is untrusted: markup characters are
 * escaped, characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) become
 * U+FFFD, and line breaks and tabs in attributes are written as character references, since a
 * parser would otherwise turn them into spaces.
 */

// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** `<name a="1">` with its attributes escaped. */
export function openTag(name: string, attributes: Record<string, string>, selfClosing = false): string {
  const written = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${xmlAttribute(value)}"`)
    .join('');
  return `<${name}${written}${selfClosing ? '/>' : '>'}`;
}
