import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {isHttpUrl} from '../../src/model/formats.js';
import {parserSaysHttpUrl, webAddress} from './http-url.cases.js';

describe('isHttpUrl', () => {
  it('agrees with the URL parser on every address, including those it accepts without parsing', () => {
    fc.assert(
      fc.property(webAddress, (value) => {
        assert.equal(isHttpUrl(value), parserSaysHttpUrl(value), value);
      }),
      {numRuns: 20_000, seed: 42},
    );
  });

  it('accepts the usual addresses and refuses script, relative and numeric-looking ones', () => {
    for (const good of ['https://example.org', 'http://localhost:8080/feed.json?x=1#top', 'HTTPS://EXAMPLE.ORG/A', 'https://a.b/%zz']) {
      assert.equal(isHttpUrl(good), true, good);
    }
    for (const bad of ['javascript:alert(1)', '/relative', 'https://1.2.3.999/', 'https://0x100000000/', 'https://xn--a/', 'https://example.org ', 'http://']) {
      assert.equal(isHttpUrl(bad), false, bad);
    }
  });
});
