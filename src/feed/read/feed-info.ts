/** The feed's own fields and its `_pledgekit` extension, read with the same checks as the items. */
import {OBJECTIVE_NUMBERS, STAKEHOLDER_TYPES} from '../../model/catalogue.js';
import type {Json} from '../../model/json-feed.js';
import type {FeedInfo} from '../../model/schema.js';
import {copy, copyObject, dateTime, failure, httpUrl, language, oneOf, preview, text} from './fields.js';
import type {Check, Warn} from './fields.js';

const objectiveKey = /*#__PURE__*/ oneOf(OBJECTIVE_NUMBERS.map(String));
const stakeholderKey = /*#__PURE__*/ oneOf(STAKEHOLDER_TYPES);
const emailMethod = /*#__PURE__*/ oneOf(['post', 'get']);

function readUrlMap(keyCheck: Check) {
  return (map: Json, path: string, warn: Warn): Json => {
    const out: Json = {};
    for (const key of Object.keys(map)) {
      if (keyCheck.test(key)) copy(out, map, key, httpUrl, warn, path);
      else warn(path + key, `unknown slice: the key ${keyCheck.reason}`);
    }
    return out;
  };
}

function readEmail(email: Json, path: string, warn: Warn): Json | undefined {
  if (!httpUrl.test(email.action)) {
    warn(`${path}action`, failure(httpUrl, email.action));
    return undefined;
  }
  const out: Json = {action: email.action};
  copy(out, email, 'method', emailMethod, warn, path);
  return out;
}

function readSubscribe(subscribe: Json, path: string, warn: Warn): Json {
  const out: Json = {};
  for (const key of ['json', 'rss', 'atom']) copy(out, subscribe, key, httpUrl, warn, path);
  copyObject(out, subscribe, 'email', readEmail, warn, path);
  return out;
}

function readSlices(slices: Json, path: string, warn: Warn): Json {
  const out: Json = {};
  copyObject(out, slices, 'objective', readUrlMap(objectiveKey), warn, path);
  copyObject(out, slices, 'stakeholder', readUrlMap(stakeholderKey), warn, path);
  return out;
}

function readExtension(extension: Json, path: string, warn: Warn): Json | undefined {
  if (extension.version !== 1) {
    warn(`${path}version`, `must be 1, the only version this library reads; it was ${preview(extension.version)}`);
    return undefined;
  }
  const out: Json = {version: 1};
  copy(out, extension, 'generated', dateTime, warn, path);
  copyObject(out, extension, 'subscribe', readSubscribe, warn, path);
  copyObject(out, extension, 'slices', readSlices, warn, path);
  return out;
}

/** The feed's own fields, its version already checked; invalid optional fields are dropped through `warn`. */
export function readFeedInfo(document: Json, warn: Warn): FeedInfo {
  const feed: Json = {version: document.version};
  copy(feed, document, 'title', text, warn);
  for (const key of ['home_page_url', 'feed_url', 'next_url']) copy(feed, document, key, httpUrl, warn);
  copy(feed, document, 'description', text, warn);
  copy(feed, document, 'language', language, warn);
  copyObject(feed, document, '_pledgekit', readExtension, warn);
  return feed as FeedInfo;
}
