<#ftl output_format="XML">
<#import "layout.ftl" as layout>
<#-- Every page in each language it is written in, with its hreflang alternates (the same as its
     <link rel="alternate">); a page shown untranslated is not listed: its canonical address is the English. -->
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
<#list site_model?first?values as view>
<#list view.pages?values as page>
<#if !page.textLang??>
  <url><loc>${page.canonicalUrl}</loc><#list page.alternates as alternate><xhtml:link rel="alternate" hreflang="${alternate.hreflang}" href="${alternate.href}"/></#list></url>
</#if>
</#list>
</#list>
</urlset>
