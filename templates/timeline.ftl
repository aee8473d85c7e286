<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#assign site = layout.site>
<@layout.page scripts=["js/timeline.js"]>
<div class="tjmc-prose">
  <h1>${content.title}</h1>
  ${content.body?no_esc}
</div>
<div class="tjmc-timeline">
<#list site.timeline.years as year>
  <section class="tjmc-timeline__year" id="${year.id}" aria-labelledby="${year.id}-heading">
    <h2 id="${year.id}-heading">${year.year}</h2>
    <#list year.events as event>
    <@c.event event=event headingLevel=3/>
    </#list>
  </section>
</#list>
</div>
</@layout.page>
