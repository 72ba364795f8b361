/** The building blocks chapters may use without importing them; each graphic registers itself (src/graphics). */
import CaseStatus from './CaseStatus.astro';
import Cite from './Cite.astro';
import DisclosureAdvice from './DisclosureAdvice.astro';
import Fig from './Fig.astro';
import Helpline from './Helpline.astro';
import KeyTerm from './KeyTerm.astro';
import Note from './Note.astro';
import RemoveSiteData from './RemoveSiteData.astro';
import SectionHeading from './SectionHeading.astro';
import Step from './Step.astro';
import { graphicComponents } from '../../graphics/components.ts';

export const mdxComponents = {
  h2: SectionHeading,
  CaseStatus,
  Cite,
  DisclosureAdvice,
  Fig,
  Helpline,
  KeyTerm,
  Note,
  RemoveSiteData,
  Step,
  ...graphicComponents,
};
