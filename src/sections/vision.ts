import {html, nothing} from 'lit';
import {visionTexts} from '../content.js';
import {styled, type MarkupForm} from '../form.js';
import {heading, type HeadingRank} from '../heading.js';
import type {HeadingLevel} from '../attributes.js';

/** The vision section; without a level, the heading is left out. */
export const visionSection = (level: HeadingLevel | undefined, rank: HeadingRank, form: MarkupForm) => {
  const texts = visionTexts();
  return html`${level ? heading(level, texts.heading, rank, form) : nothing}
    <p part=${styled(form, 'text')}>${texts.introduction}</p>
    <ul part=${styled(form, 'list')}>
      ${texts.points.map((point) => html`<li part=${styled(form, 'item')}>${point}</li>`)}
    </ul>`;
};
