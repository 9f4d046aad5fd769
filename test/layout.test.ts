import {expect, fixture, html} from '@open-wc/testing';
import '../src/lp-schoten.js';
import {renderIn, tags} from './helpers.js';

/** Every box of the element's shadow tree that sticks out past `right`. */
function overflowing(element: Element, right: number) {
  return [...element.shadowRoot!.querySelectorAll('*')].filter(
    (node) => node.getBoundingClientRect().right > right + 0.5
  );
}

describe('layout', () => {
  for (const tag of tags) {
    for (const variant of ['plain', 'card']) {
      it(`<${tag} variant="${variant}"> reflows into 320 CSS pixels without scrolling sideways`, async () => {
        const element = await renderIn(320, tag, `variant="${variant}" layout="word"`);
        expect(overflowing(element, element.parentElement!.getBoundingClientRect().right)).to.deep.equal([]);
      });
    }
  }

  it('lets a page reserve its room until the first render, with :not(:state(rendered))', async () => {
    const waiting = document.createElement('lp-mission');
    expect(waiting.matches(':not(:state(rendered))'), 'before it is in the page').to.be.true;
    const element = await renderIn(320, 'lp-mission');
    expect(element.matches(':state(rendered)')).to.be.true;
  });

  it('lets the host font family, size, line height and colour in, and no other typography', async () => {
    const container = await fixture<HTMLDivElement>(html`
      <div
        style="font-family: serif; font-size: 21px; line-height: 1.5; color: rgb(10, 20, 30);
          text-transform: uppercase; letter-spacing: 3px; word-spacing: 9px; white-space: pre;
          text-align: center; text-indent: 40px; font-style: italic; font-weight: 900;
          text-shadow: 1px 1px red; list-style: square inside"
      >
        <lp-vision-list></lp-vision-list>
      </div>
    `);
    const element = container.querySelector('lp-vision-list')!;
    await element.updateComplete;
    const paragraph = getComputedStyle(element.shadowRoot!.querySelector('p')!);
    expect(paragraph.fontFamily).to.equal('serif');
    expect(paragraph.fontSize).to.equal('21px');
    expect(paragraph.lineHeight).to.equal('31.5px');
    expect(paragraph.color).to.equal('rgb(10, 20, 30)');
    expect(paragraph.textTransform).to.equal('none');
    expect(paragraph.letterSpacing).to.equal('normal');
    expect(paragraph.wordSpacing).to.equal('0px');
    expect(paragraph.whiteSpace).to.equal('normal');
    expect(paragraph.textAlign).to.equal('start');
    expect(paragraph.textIndent).to.equal('0px');
    expect(paragraph.fontStyle).to.equal('normal');
    expect(paragraph.fontWeight).to.equal('400');
    expect(paragraph.textShadow).to.equal('none');
    const item = getComputedStyle(element.shadowRoot!.querySelector('li')!);
    expect(item.listStyleType).to.equal('disc');
    expect(item.listStylePosition).to.equal('outside');
  });
});
