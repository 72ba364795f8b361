/** The translations the fixture build leaves out: one chapter, its guide and one page. */
export const MISSING = ['content/chapters/ur/03-class.mdx', 'content/guides/ur/03-class.mdx', 'content/pages/ur/about.mdx'];
