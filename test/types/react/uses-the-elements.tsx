import type {} from '@lp-schoten/elements/react';

export const Page = () => (
  <main>
    <lp-mission heading-level={3} variant="card" />
    <lp-vision-list heading-level="2" hide-heading lang="fr" />
    <lp-values-acronym layout="word" variant="plain" className="values" />
    <lp-mission-vision-values />
  </main>
);
