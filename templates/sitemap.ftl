<#ftl output_format="XML">
<#import "layout.ftl" as layout>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list site.pages?values as page>
  <url><loc>${page.canonicalUrl}</loc></url>
</#list>
</urlset>
