// The screenshots of the editing UI that EDITING.md and EDITING.en.md show: taken by tests/e2e/editing.test.ts into
// docs/editing/ on every run, so the guides picture the UI as it is (the tooling test holds the guides to this list).
export const EDITING_SHOTS = ['new-article.png', 'pick-figure.png', 'component-menu.png', 'data-form.png'] as const;

export type EditingShot = (typeof EDITING_SHOTS)[number];
