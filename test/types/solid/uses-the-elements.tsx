import type {} from '@lp-schoten/elements/solid';

export const Page = () => (
  <main>
    <lp-mission heading-level={3} variant="card" />
    <lp-vision-list heading-level="2" hide-heading lang="fr" />
    <lp-values-acronym layout="word" class="values" />
    <lp-mission-vision-values />
  </main>
);
