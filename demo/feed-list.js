// Lists the sample feed with the library's own loader (until the elements exist).
import {describeIssue, loadFeed} from '/dist/pledgekit.js';

const status = document.getElementById('status');
const list = document.getElementById('pledges');
try {
  const {feed, pledges, rejected} = await loadFeed('/examples/feeds/local-actions.json');
  status.textContent = `${feed.title}: ${pledges.length} pledges, ${rejected.length} rejected.`;
  for (const pledge of pledges) {
    const item = document.createElement('li');
    item.textContent = `${pledge.title} — ${pledge._pledge.actor.name}`;
    list.append(item);
  }
  rejected.forEach((issue) => console.warn(describeIssue(issue)));
} catch (error) {
  status.textContent = error.message;
}
