import {expect, waitUntil} from '@open-wc/testing';
import type {LpElement} from '../src/LpElement.js';
import {barColour, rgba} from './contrast.js';
import {cardColours, documentedPolicy} from './documented.js';
import {messages, textBlocks} from './helpers.js';

declare global {
  interface Window {
    problems: {violations: string[]; errors: string[]};
  }
}

/** A page of snippets under that policy (test/runner/snippet-policy.mjs), in an iframe, loaded. */
async function policyPage(name: string) {
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/prerendered/strict/${name}.html`;
  frame.style.width = '900px';
  const loaded = new Promise((done) => frame.addEventListener('load', done, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('prerendered snippets under a strict Content Security Policy', () => {
  it("is served as the README documents it, with the build's style hashes in place of 'sha256-…'", async () => {
    const served = (await fetch('/test/pages/prerendered/strict/snippets.html')).headers.get('content-security-policy')!;
    const {'style-src': hashes} = await (await fetch('/dist/csp-hashes.json')).json();
    expect(hashes).to.have.length(2);
    expect(served).to.equal((await documentedPolicy('snippets'))!.replace("'sha256-…' 'sha256-…'", hashes.join(' ')));
    expect(served).not.to.contain('unsafe');
  });

  it('paints the snippets styled at first paint, with no violation', async () => {
    const frame = await policyPage('snippets');
    try {
      const [whole, values] = frame.contentDocument!.querySelectorAll('lp-mission-vision-values, lp-values-acronym');
      const card = getComputedStyle(whole.shadowRoot!.querySelector('.root')!);
      expect(card.borderTopStyle, 'the card has its border').to.equal('solid');
      expect(rgba(barColour(card)), "and its top bar, in the card's accent").to.deep.equal(rgba((await cardColours('light')).accent));
      const letter = getComputedStyle(values.shadowRoot!.querySelector('.letter')!);
      expect(letter.fontSize, 'the big letters are big').to.equal(`${2.5 * parseFloat(getComputedStyle(values).fontSize)}px`);
      expect(frame.contentWindow!.problems.violations).to.deep.equal([]);
      expect(frame.contentWindow!.problems.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('lets the script take the snippets over and follow the page, with no violation', async () => {
    const frame = await policyPage('snippets-and-script');
    try {
      const page = frame.contentDocument!;
      const elements = [...page.querySelectorAll<LpElement>('lp-mission-vision-values, lp-values-acronym')];
      await waitUntil(() => elements.every((element) => element.hasUpdated), 'not taken over');
      page.documentElement.lang = 'de';
      const de = await messages('de');
      await waitUntil(() => textBlocks(elements[0])[0] === de.get('page.title')!.target, 'not in German');
      expect(getComputedStyle(elements[0].shadowRoot!.querySelector('.root')!).borderTopStyle, 'styled by the script').to.equal('solid');
      expect(frame.contentWindow!.problems.violations).to.deep.equal([]);
      expect(frame.contentWindow!.problems.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
