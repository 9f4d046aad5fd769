import {html, nothing} from 'lit';
import {visionTexts} from '../content.js';
import {heading, type HeadingRank} from '../heading.js';
import type {HeadingLevel} from '../attributes.js';

/** The vision section; without a level, the heading is left out. */
export const visionSection = (level: HeadingLevel | undefined, rank: HeadingRank) => {
  const texts = visionTexts();
  return html`${level ? heading(level, texts.heading, rank) : nothing}
    <p part="text">${texts.introduction}</p>
    <ul part="list">
      ${texts.points.map((point) => html`<li part="item">${point}</li>`)}
    </ul>`;
};
