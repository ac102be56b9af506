// The test commands the layout and keyboard tests rely on, in whichever engine runs them
// (test/support/commands.ts): WebKit's window, for one, would not go below 447 px by itself.
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '../support/commands.js';

describe('test commands in every engine', () => {
  after(() => setViewport({width: 800, height: 600}));

  it('sizes the viewport to a phone, a tablet and a desktop', async () => {
    for (const size of [
      {width: 320, height: 568},
      {width: 390, height: 844},
      {width: 768, height: 1024},
      {width: 1280, height: 800},
    ]) {
      await setViewport(size);
      expect([innerWidth, innerHeight], `${size.width} × ${size.height}`).to.deep.equal([size.width, size.height]);
      expect(matchMedia(`(width: ${size.width}px)`).matches, `media query at ${size.width}`).to.equal(true);
    }
  });

  it('types, presses keys and chords, and holds a key', async () => {
    const el = await fixture<HTMLElement>(html`<div><button id="a">a</button><button id="b">b</button><input /></div>`);
    const focused = () => document.activeElement?.id;
    el.querySelector<HTMLElement>('#b')!.focus();
    await sendKeys({press: 'Shift+Tab'});
    expect(focused(), 'Shift+Tab').to.equal('a');
    expect(el.querySelector('#a')!.matches(':focus-visible'), 'focus after a key is visible').to.equal(true);
    await sendKeys({press: 'Tab'});
    expect(focused(), 'Tab').to.equal('b');
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(focused(), 'Tab with Shift held').to.equal('a');
    const input = el.querySelector('input')!;
    input.focus();
    await sendKeys({type: 'dallas, ZÜRICH'});
    await sendKeys({press: 'Backspace'});
    await sendKeys({press: 'Space'});
    expect(input.value).to.equal('dallas, ZÜRIC ');
  });
});
