// One palette for every chart, so "sold" and "deployed" look the same everywhere. Both
// pass WCAG's 3:1 non-text contrast on white; the legend and the tables carry the meaning
// too, never colour alone.
export const SOLD_COLOUR = '#6b7a99';
export const DEPLOYED_COLOUR = '#0f6cbd';
export const ACTIVE_COLOUR = '#107c10';
