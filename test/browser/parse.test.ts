import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {parseFeed} from '../../src/feed/read/parse.js';
import {isHttpUrl} from '../../src/model/formats.js';
import {parserSaysHttpUrl, webAddress} from '../model/http-url.cases.js';

// The data layer runs unchanged in the browser: the same parse, the same protections.
describe('parseFeed in the browser', () => {
  it('keeps valid pledges and lets no script URL or prototype key through', () => {
    const text = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Pledges',
      items: [
        {
          id: 1,
          title: 'Good',
          content_text: 'c',
          url: 'javascript:alert(1)',
          _pledge: {actor: {name: 'City'}, stakeholder: 'local-government'},
        },
        {id: 2, title: 'No stakeholder', content_text: 'c', _pledge: {actor: {name: 'City'}}},
      ],
    }).replace('"title":"Good"', '"title":"Good","__proto__":{"polluted":true}');
    const result = parseFeed(text);
    expect(result.pledges.map((p) => p.id)).to.deep.equal(['1']);
    expect(result.pledges[0]!.url).to.equal(undefined);
    expect(result.rejected[0]!.field).to.equal('_pledge.stakeholder');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

// Chromium's URL parser is not Node's: the plain-address shortcut must agree with this one too.
describe('isHttpUrl in the browser', () => {
  it("agrees with the browser's URL parser on every address", () => {
    fc.assert(
      fc.property(webAddress, (value) => {
        expect(isHttpUrl(value), value).to.equal(parserSaysHttpUrl(value));
      }),
      {numRuns: 20_000, seed: 42},
    );
  });
});
