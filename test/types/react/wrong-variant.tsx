import type {} from '@lp-schoten/elements/react';

export const Page = () => <lp-mission variant="foo" />;
