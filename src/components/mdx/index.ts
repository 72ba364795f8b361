/** The building blocks chapters may use without importing them. */
import Cite from './Cite.astro';
import Fig from './Fig.astro';
import KeyTerm from './KeyTerm.astro';
import Note from './Note.astro';
import Step from './Step.astro';
import PublicHarassmentGraphic from '../graphics/PublicHarassmentGraphic.astro';

export const mdxComponents = { Cite, Fig, KeyTerm, Note, Step, PublicHarassmentGraphic };
