<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#assign site = layout.site>
<@layout.page>
<section class="tjmc-hero">
  <h1>${content.title}</h1>
  <div class="tjmc-prose">${content.body?no_esc}</div>
</section>
<section class="tjmc-latest" aria-labelledby="latest-heading">
  <h2 id="latest-heading">${site.labels.latest_events}</h2>
  <div class="tjmc-latest__list">
  <#list site.timeline.latest as event>
    <@c.event event=event headingLevel=3 linkTitle=true/>
  </#list>
  </div>
  <p><a href="timeline.html">${site.labels.all_events}</a></p>
</section>
</@layout.page>
