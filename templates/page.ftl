<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<@layout.page>
<article class="tjmc-prose">
  <h1>${content.title}</h1>
  <@c.body content=content/><#nt>
  <#if content.related_event_kinds??>
  <#list content.related_event_kinds?split(",") as kind>
  <#if (layout.site.timeline.byKind[kind?trim])??>
  <@c.eventLinks events=layout.site.timeline.byKind[kind?trim]/>
  </#if>
  </#list>
  </#if>
</article>
</@layout.page>
