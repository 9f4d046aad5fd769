import {expect} from '@open-wc/testing';
import '../src/lp-schoten.js';
import {render, tags} from './helpers.js';

for (const tag of tags) {
  describe(`<${tag}> accessibility`, () => {
    const layouts = tag === 'lp-values-acronym' ? ['stacked', 'word'] : [undefined];
    for (const variant of ['plain', 'card']) {
      for (const layout of layouts) {
        const attributes = `variant="${variant}"${layout ? ` layout="${layout}"` : ''}`;
        it(`has no axe violation with ${attributes}`, async () => {
          await expect(await render(tag, attributes)).to.be.accessible();
        });
      }
    }

    it('has no axe violation without its heading', async () => {
      await expect(await render(tag, 'hide-heading')).to.be.accessible();
    });
  });
}
