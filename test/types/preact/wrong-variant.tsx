import type {} from '@lp-schoten/elements/preact';

export const Page = () => <lp-mission variant="foo" />;
