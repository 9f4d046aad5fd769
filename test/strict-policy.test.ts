import {expect, waitUntil} from '@open-wc/testing';
import {barColour, rgba} from './contrast.js';
import {cardColours, documentedPolicy} from './documented.js';
import {expectNoTrace, messages, tags, textBlocks} from './helpers.js';

declare global {
  interface Window {
    problems: {violations: string[]; errors: string[]};
    attempts?: Record<string, string>;
    inlineScriptRan?: boolean;
  }
}

/**
 * The test runner's own page carries inline scripts, so the pages under the strict policy are iframes:
 * same origin, served with the policy's header (test/runner/strict-policy.mjs), looked into from here.
 */
async function strictPage(name: string) {
  const frame = document.createElement('iframe');
  frame.src = `/test/pages/strict/${name}.html`;
  const loaded = new Promise((done) => frame.addEventListener('load', done, {once: true}));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('a strict Content Security Policy with Trusted Types', () => {
  const frames: HTMLIFrameElement[] = [];
  after(() => frames.forEach((frame) => frame.remove()));

  it('is served, exactly as the README documents it, on the pages of this test', async () => {
    const served = (await fetch('/test/pages/strict/elements.html')).headers.get('content-security-policy');
    expect(served).to.equal(await documentedPolicy('script'));
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "require-trusted-types-for 'script'"]) {
      expect(served).to.contain(directive);
    }
    expect(served).not.to.contain('unsafe');
  });

  it('is enforced: an inline script, an inline style, markup without Trusted Types, another policy and eval are blocked and reported', async () => {
    const frame = await strictPage('control');
    frames.push(frame);
    const view = frame.contentWindow!;
    expect(view.inlineScriptRan, 'the inline script ran').to.equal(undefined);
    expect(view.attempts).to.deep.equal({
      'markup without Trusted Types': 'blocked',
      'a Trusted Types policy other than lit-html': 'blocked',
      eval: 'blocked',
    });
    // Eval is a Trusted Types sink too: with no policy for it, that is what reports it.
    expect([...view.problems.violations].sort()).to.deep.equal([
      'require-trusted-types-for trusted-types-sink',
      'require-trusted-types-for trusted-types-sink',
      'script-src-elem inline',
      'style-src-attr inline',
      'trusted-types trusted-types-policy',
    ]);
  });

  it('lets every element render in the page language, change language, and report no violation and no error', async () => {
    const frame = await strictPage('elements');
    frames.push(frame);
    const view = frame.contentWindow!;
    const inFrame = frame.contentDocument!;
    const elements = tags.map((tag) => inFrame.querySelector(tag)!);
    const [fr, de] = await Promise.all([messages('fr'), messages('de')]);
    const shows = (translations: typeof fr) =>
      elements.every((element) => element.shadowRoot && textBlocks(element)[1] === translations.get(secondBlock[element.localName])!.target);
    await waitUntil(() => shows(fr), 'not all in French');
    const card = getComputedStyle(inFrame.querySelector('lp-vision-list')!.shadowRoot!.querySelector('.root')!);
    expect(rgba(barColour(card)), "styled: the card's top bar in its accent").to.deep.equal(rgba((await cardColours('light')).accent));
    inFrame.documentElement.lang = 'de-BE';
    await waitUntil(() => shows(de), 'not all in German');
    expect(view.problems.violations, 'violations').to.deep.equal([]);
    expect(view.problems.errors, 'errors').to.deep.equal([]);
    await expectNoTrace(view);
  });
});

/** The id of each element's second block of text (the first after its top heading). */
const secondBlock: Record<string, string> = {
  'lp-mission': 'mission.body',
  'lp-vision-list': 'vision.introduction',
  'lp-values-acronym': 'values.introduction',
  'lp-mission-vision-values': 'page.introduction',
};
