<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#-- the page's view: content.page is the English page's name, for every language (the bake sets it) -->
<#assign view = site.pages[content.page]>
<@layout.page>
<section class="tjmc-hero" aria-labelledby="hero-heading">
  <p class="tjmc-hero__college">${site.college.name} · ${site.college.parentOrganization}</p>
  <h1 id="hero-heading" class="tjmc-hero__title"<#if view.textLang??> lang="${view.textLang}"</#if>>${content.title}</h1>
  <div class="tjmc-hero__text"<#if view.textLang??> lang="${view.textLang}"</#if>><@c.body content=content photos=view.photos/></div>
</section>
<section class="tjmc-section" aria-labelledby="figures-heading">
  <h2 id="figures-heading" class="tjmc-section__heading">${site.labels.key_figures_heading}</h2>
  <@c.keyFigures figures=site.keyFigures/>
</section>
<section class="tjmc-section" aria-labelledby="latest-heading">
  <h2 id="latest-heading" class="tjmc-section__heading">${site.labels.latest_events}</h2>
  <div class="tjmc-cards">
  <#list site.timeline.latest as event>
    <@c.event event=event headingLevel=3 linkTitle=true/>
  </#list>
  </div>
  <p class="tjmc-section__more"><a href="${site.timeline.uri}">${site.labels.all_events}</a></p>
</section>
<section class="tjmc-section" aria-labelledby="sections-heading">
  <h2 id="sections-heading" class="tjmc-section__heading">${site.labels.sections_heading}</h2>
  <@c.pageCards pages=site.sections/>
</section>
</@layout.page>
