import {expect} from '@open-wc/testing';
import '../src/lp-mission-vision-values.js';
import {outline, render, shownValues, sourceText, textBlocks} from './helpers.js';

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
    const source = await sourceText();
    const element = await render('lp-mission-vision-values');
    expect(outline(element)).to.deep.equal([
      `h2 ${source.title}`,
      `h3 ${source.missionHeading}`,
      `h3 ${source.visionHeading}`,
      `h3 ${source.valuesHeading}`,
    ]);
  });

  it('renders the seven proposed values in the values section, word for word', async () => {
    const source = await sourceText();
    const element = await render('lp-mission-vision-values');
    const section = element.shadowRoot!.querySelector('dl')!.closest('section')!;
    expect(section.querySelector('h3')!.textContent, 'the section of the list').to.equal(source.valuesHeading);
    expect(shownValues(element)).to.deep.equal(source.values);
  });
});
