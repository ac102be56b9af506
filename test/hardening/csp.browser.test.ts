// Strict CSP + Trusted Types in every engine: the elements, in every state and used by a
// reader, on a page served with them (test/support/csp-page.js) raise no securitypolicyviolation.
import {expect, waitUntil} from '@open-wc/testing';
import {executeServerCommand} from '@web/test-runner-commands';

type CspWindow = Window & {__violations: string[]};

const $ = (doc: Document, id: string, selector: string) =>
  doc.getElementById(id)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

async function openPage(): Promise<{frame: HTMLIFrameElement; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 800px';
  document.body.append(frame);
  frame.src = '/__csp/states.html';
  await new Promise((done) => frame.addEventListener('load', done, {once: true}));
  return {frame, doc: frame.contentDocument!};
}

describe('strict CSP and Trusted Types', () => {
  it('every element in every state, and a reader using them, raise no violation', async () => {
    const {frame, doc} = await openPage();
    try {
      await waitUntil(
        () =>
          $(doc, 'ready', 'pledge-card') &&
          $(doc, 'error', '[role=alert]') &&
          $(doc, 'no-match', '[part=empty]') &&
          $(doc, 'card', '[part=title]') &&
          $(doc, 'objectives', '[role=option]') &&
          $(doc, 'card-error', '[role=alert]') &&
          $(doc, 'subscribe', 'button'),
        'the elements did not settle',
        {timeout: 20000},
      );
      const tick = () => new Promise((done) => setTimeout(done, 50));
      $(doc, 'subscribe', '[part="button"]')!.click();
      await tick();
      $(doc, 'card', '[part="toggle"]')?.click();
      const options = [...doc.getElementById('objectives')!.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
      for (const option of options.slice(0, 3)) option.click();
      const board = doc.getElementById('ready')!.shadowRoot!;
      const search = board.querySelector<HTMLInputElement>('input[type="search"]')!;
      search.value = 'city';
      search.dispatchEvent(new Event('input', {bubbles: true}));
      search.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true}));
      await tick();
      const sort = board.querySelector<HTMLSelectElement>('select[name="sort"]')!;
      sort.value = 'title';
      sort.dispatchEvent(new Event('change', {bubbles: true}));
      await tick();
      const email = $(doc, 'subscribe', 'input[part="input"]') as HTMLInputElement | null;
      if (email) {
        email.value = 'not an address';
        email.dispatchEvent(new Event('input', {bubbles: true}));
        email.form?.requestSubmit();
      }
      await tick();
      // Read before the Trusted Types check below, whose refusal is itself a violation.
      const violations = [...(frame.contentWindow as CspWindow).__violations];
      const trustedTypes = (() => {
        try {
          doc.createElement('div').innerHTML = '<b>x</b>';
          return 'allowed';
        } catch {
          return 'enforced';
        }
      })();
      await executeServerCommand('hardening-report', {
        name: 'strict CSP + Trusted Types (elements)',
        cases: doc.body.children.length,
        violations: violations.length,
      });
      expect(trustedTypes, 'the page really enforces Trusted Types').to.equal('enforced');
      expect($(doc, 'subscribe', '[part="panel"]'), 'the subscribe panel opened').to.exist;
      expect(violations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
