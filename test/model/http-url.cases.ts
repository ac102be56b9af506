/**
 * Web addresses for checking `isHttpUrl` against the URL parser itself, shared by the
 * Node test and the Chromium test (each runtime has its own parser). Built from pieces
 * that sit on both sides of the plain-address shortcut: names, IPv4 look-alikes, hex and
 * punycode labels, ports, user info, spaces, odd schemes and characters.
 */
import fc from 'fast-check';

const label = fc.oneof(
  fc.constantFrom(
    'example',
    'org',
    'a',
    'x-y',
    '-',
    '-a',
    'a-',
    'b2',
    'localhost',
    'EXAMPLE',
    'Org',
    'xn--',
    'xn--abc',
    'XN--p1ai',
    'xn--80ak6aa92e',
    '0x1f',
    '0X',
    '0xg',
    '1',
    '255',
    '256',
    '999',
    '08',
    '1e3',
    'a_b',
    '',
  ),
  fc.stringMatching(/^[a-z0-9-]{1,6}$/),
);
const host = fc.array(label, {minLength: 1, maxLength: 5}).map((labels) => labels.join('.'));
const port = fc.constantFrom('', ':', ':0', ':80', ':8080', ':9999', ':65535', ':65536', ':99999', ':x', ':-1');
const rest = fc.oneof(
  fc.constantFrom(
    '',
    '/',
    '/a/b?c=d#e',
    '?q',
    '#f',
    '/%zz',
    '/a b',
    '/\\evil',
    '/<script>',
    '/é',
    '/\t',
    '//x',
    '/a?b=/c',
    "/~!$&'()*+,;=:@",
  ),
  fc.stringMatching(/^[/?#][!-~]{0,12}$/),
);
const scheme = fc.constantFrom(
  'http://',
  'https://',
  'HTTP://',
  'HtTpS://',
  'http:/',
  'http:',
  'https:///',
  'ftp://',
  'javascript://',
  'http://user@',
  'http://u:p@',
  ' http://',
  'http://\n',
);

/** Strings shaped like web addresses, valid and not. */
export const webAddress = fc.tuple(scheme, host, port, rest).map((parts) => parts.join(''));

/** The reference: what the URL parser of the runtime says, with no shortcut. */
export function parserSaysHttpUrl(value: string): boolean {
  if (value.trim() !== value || value === '') return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}
