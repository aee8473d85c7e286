package cn.edu.hust.tjmc.site.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.edu.hust.tjmc.site.ProjectCopy;
import cn.edu.hust.tjmc.site.model.CmsSettings;
import cn.edu.hust.tjmc.site.model.SecurityPolicy;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import cn.edu.hust.tjmc.site.report.SiteCheckException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CMS at admin/: published with its files and no others, left out with site.admin=false,
 * its script refused unless it is the pinned one, and its page held to the published check as the
 * build's own (not skipped, and not taken for an editor's page).
 */
class AdminSiteTest {

    @TempDir
    Path dir;

    private static SiteSettings withAdmin() {
        return SiteSettings.fromArguments(Map.of("site.host", "https://example.org/tjmc", "site.admin", "true",
                "site.cms.repo", "college/site", "site.cms.baseUrl", "https://git.example.edu"));
    }

    @Test
    void publishesTheCmsAndKeepsItOutOfSearchEngines() throws IOException {
        new ProjectCopy(dir);
        Path bake = dir.resolve("target/bake");
        assertEquals(List.of(), ProjectCopy.prepareAndBake(dir, bake, withAdmin()));
        PublishSite.finishBake(dir, bake);
        assertEquals(new TreeSet<>(List.of("admin/.htaccess", "admin/LICENSE.txt", "admin/config.yml",
                "admin/config.zh.yml", "admin/decap-cms.js", "admin/decap-cms.js.LICENSE.txt", "admin/index.html",
                "admin/zh/index.html")), files(bake.resolve("admin"), "admin/"));
        assertTrue(Files.readString(bake.resolve("robots.txt")).contains("Disallow: /tjmc/admin/\n"));
        String page = Files.readString(bake.resolve("admin/index.html"));
        assertTrue(page.contains("<meta name=\"robots\" content=\"noindex, nofollow\">"), page);
        assertTrue(page.contains("connect-src 'self' blob: https://git.example.edu;"), page);
        assertTrue(page.contains("integrity=\"" + AdminSite.integrity(Files.readAllBytes(bake.resolve(
                "admin/decap-cms.js"))) + "\""), page);
        assertTrue(Files.readString(bake.resolve("admin/zh/index.html")).contains("<html lang=\"zh-Hans\">"));
        assertTrue(Files.readString(bake.resolve("admin/config.zh.yml")).contains("locale: zh_Hans\n"));
        assertFalse(Files.readString(bake.resolve("sitemap.xml")).contains("admin"));
    }

    @Test
    void siteAdminFalseLeavesItOut() throws IOException {
        new ProjectCopy(dir);
        Path bake = dir.resolve("target/bake");
        SiteSettings without = SiteSettings.fromArguments(Map.of("site.host", "https://example.org", "site.admin",
                "false"));
        assertEquals(List.of(), ProjectCopy.prepareAndBake(dir, bake, without));
        PublishSite.finishBake(dir, bake);
        assertFalse(Files.exists(bake.resolve("admin")));
        assertEquals("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n",
                Files.readString(bake.resolve("robots.txt")));
        assertFalse(Files.readString(bake.resolve("_headers")).contains("admin"));
    }

    @Test
    void refusesAScriptThatIsNotThePinnedOne() {
        ProjectCopy copy = new ProjectCopy(dir);
        copy.write("cms/decap-cms.js", "alert(1)");
        BuildStoppedException stopped = assertThrows(BuildStoppedException.class,
                () -> PrepareSite.prepare(dir, dir.resolve("target/bake"), withAdmin()));
        assertTrue(stopped.getMessage().startsWith("cms/decap-cms.js is not the Decap CMS 3.16.3 that"
                + " cms/decap-cms.properties pins"), stopped.getMessage());
        assertTrue(Files.isRegularFile(ProjectCopy.REAL_PROJECT.resolve("cms/decap-cms.js")));
    }

    /** The preview checks the script once while it stays the same file: one swapped in after that is refused too. */
    @Test
    void refusesAScriptSwappedAfterAGoodBuild() {
        ProjectCopy copy = new ProjectCopy(dir);
        PrepareSite.prepare(dir, dir.resolve("target/bake"), withAdmin());
        byte[] pinned = readReal("cms/decap-cms.js");
        pinned[pinned.length - 2] ^= 1; // the same size, one bit changed
        copy.write("cms/decap-cms.js", pinned);
        BuildStoppedException stopped = assertThrows(BuildStoppedException.class,
                () -> PrepareSite.prepare(dir, dir.resolve("target/bake"), withAdmin()));
        assertTrue(stopped.getMessage().startsWith("cms/decap-cms.js is not the Decap CMS"), stopped.getMessage());
    }

    private static byte[] readReal(String file) {
        try {
            return Files.readAllBytes(ProjectCopy.REAL_PROJECT.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page is the build's own: checked like the templates' markup, and a finding is named after the build. */
    @Test
    void thePublishedCheckHoldsTheAdminPageToTheTemplatesRules() throws IOException {
        new ProjectCopy(dir);
        Path bake = dir.resolve("target/bake");
        assertEquals(List.of(), ProjectCopy.prepareAndBake(dir, bake, withAdmin()));
        Path page = bake.resolve("admin/index.html");
        Files.writeString(page, Files.readString(page).replace("<body>",
                "<body><img src=\"https://cdn.example/x.png\" alt=\"\">"), StandardCharsets.UTF_8);
        SiteCheckException refused = assertThrows(SiteCheckException.class, () -> PublishSite.finishBake(dir, bake));
        assertTrue(refused.problems().stream().anyMatch(problem -> problem.toString().startsWith("PrepareSite")
                && problem.toString().contains(" admin/index.html: the src= of <img> loads 'https://cdn.example/x.png'")),
                refused.problems().toString());
    }

    @Test
    void theAdminPolicyNamesOnlyTheGitHost() {
        CmsSettings gitlab = CmsSettings.fromArguments(Map.of("site.cms.baseUrl", "https://gitlab.example.edu"));
        String policy = SecurityPolicy.adminMeta(gitlab);
        assertEquals("default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob: https://gitlab.example.edu; connect-src 'self' blob: https://gitlab.example.edu; "
                + "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'", policy);
        assertFalse(SecurityPolicy.adminMeta(CmsSettings.preview("/_preview/cms"))
                .contains("http"));
        assertTrue(SecurityPolicy.adminMeta(CmsSettings.fromArguments(
                Map.of("site.cms.backend", "github"))).contains("connect-src 'self' blob: https://api.github.com https://github.com;"));
    }

    private static TreeSet<String> files(Path folder, String prefix) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(file -> prefix + folder.relativize(file).toString()
                    .replace('\\', '/')).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
