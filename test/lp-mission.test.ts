import {expect} from '@open-wc/testing';
import '../src/lp-mission.js';
import {render, sourceText, textBlocks, texts} from './helpers.js';

describe('<lp-mission>', () => {
  it('renders the heading and the mission paragraph word for word from the zone text', async () => {
    const source = await sourceText();
    const element = await render('lp-mission');
    expect(textBlocks(element)).to.deep.equal([source.missionHeading, source.mission]);
    expect(texts(element, '[part~="heading"]')).to.deep.equal([source.missionHeading]);
  });

  it('marks its text as Dutch', async () => {
    const element = await render('lp-mission');
    expect(element.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('nl');
  });
});
