/** The building blocks chapters may use without importing them. */
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
import ChildAbuseReportsGraphic from '../graphics/ChildAbuseReportsGraphic.astro';
import DomesticViolenceGraphic from '../graphics/DomesticViolenceGraphic.astro';
import HelplineGraphic from '../graphics/HelplineGraphic.astro';
import LawEdgesGraphic from '../graphics/LawEdgesGraphic.astro';
import OnlineSurveyGraphic from '../graphics/OnlineSurveyGraphic.astro';
import PublicHarassmentGraphic from '../graphics/PublicHarassmentGraphic.astro';
import TimelineGraphic from '../graphics/TimelineGraphic.astro';

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
  ChildAbuseReportsGraphic,
  DomesticViolenceGraphic,
  HelplineGraphic,
  LawEdgesGraphic,
  OnlineSurveyGraphic,
  PublicHarassmentGraphic,
  TimelineGraphic,
};
