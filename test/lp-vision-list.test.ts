import {expect} from '@open-wc/testing';
import '../src/lp-vision-list.js';
import {render, sourceText, textBlocks} from './helpers.js';

describe('<lp-vision-list>', () => {
  it('renders the heading, the vision paragraph and the five points word for word from the zone text', async () => {
    const source = await sourceText();
    const element = await render('lp-vision-list');
    expect(textBlocks(element)).to.deep.equal([source.visionHeading, source.vision, ...source.visionPoints]);
  });

  it('renders the five vision points as items of one list', async () => {
    const element = await render('lp-vision-list');
    const list = element.shadowRoot!.querySelector('ul')!;
    expect(list.children).to.have.length(5);
    expect([...list.children].every((item) => item.localName === 'li')).to.be.true;
    expect(getComputedStyle(list.children[0]).display).to.equal('list-item');
  });
});
