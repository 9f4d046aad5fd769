import type {} from '@lp-schoten/elements/solid';

export const Page = () => <lp-mission variant="foo" />;
