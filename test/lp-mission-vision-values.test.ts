import {expect} from '@open-wc/testing';
import '../src/lp-mission-vision-values.js';
import {outline, render, sourceText, textBlocks} from './helpers.js';

describe('<lp-mission-vision-values>', () => {
  it('renders the whole zone text word for word, in the order of the source', async () => {
    const source = await sourceText();
    const element = await render('lp-mission-vision-values');
    expect(textBlocks(element)).to.deep.equal([
      source.title,
      source.introduction,
      source.missionHeading,
      source.mission,
      source.visionHeading,
      source.vision,
      ...source.visionPoints,
      source.valuesHeading,
      source.valuesIntroduction,
    ]);
  });

  it('puts the three sections one level below its title', async () => {
    const element = await render('lp-mission-vision-values');
    expect(outline(element)).to.deep.equal([
      'h2 Missie, visie en waarden',
      'h3 Onze missie, Schoten veilig!',
      'h3 Visie',
      'h3 Waarden',
    ]);
  });

  it('renders the seven values after the values introduction', async () => {
    const element = await render('lp-mission-vision-values');
    expect(element.shadowRoot!.querySelectorAll('dl dt')).to.have.length(7);
  });
});
