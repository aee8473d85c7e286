<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "components.ftl" as c>
<#-- the page's view: content.page is the English page's name, for every language (the bake sets it) -->
<#assign view = site.pages[content.page]>
<@layout.page>
<article class="tjmc-prose">
  <h1<#if view.textLang??> lang="${view.textLang}"</#if>>${content.title}</h1>
  <@c.body content=content photos=view.photos lang=view.textLang!""/><#nt>
  <#assign related = view.relatedEvents>
  <#if related?has_content>
  <@c.eventLinks events=related/>
  </#if>
</article>
</@layout.page>
