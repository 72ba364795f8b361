/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    page?: import('./site/pageContext.ts').PageContext;
  }
}
