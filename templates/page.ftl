<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page>
<article class="tjmc-prose">
  <h1>${content.title}</h1>
  <@c.body content=content photos=site.pages[content.uri].photos/><#nt>
  <#assign related = site.pages[content.uri].relatedEvents>
  <#if related?has_content>
  <@c.eventLinks events=related/>
  </#if>
</article>
</@layout.page>
