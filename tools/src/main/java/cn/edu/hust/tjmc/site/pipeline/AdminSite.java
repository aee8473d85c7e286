package cn.edu.hust.tjmc.site.pipeline;

import cn.edu.hust.tjmc.site.model.SecurityPolicy;
import cn.edu.hust.tjmc.site.model.SiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The CMS at admin/ (docs/CMS.md): Decap CMS's script, pinned in cms/ and checked against its
 * sha512 before it is published; its entry pages, one per interface language (Decap takes its
 * language from its configuration); and the configurations, made from the schemas
 * ({@link CmsConfig}). Left out with {@code -Dsite.admin=false}.
 */
public final class AdminSite {

    /** Where the CMS is in the site. */
    public static final String FOLDER = "admin";
    /** The project's folder with the pinned CMS and its pin. */
    public static final String PINNED_FOLDER = "cms";
    public static final String PIN_FILE = "decap-cms.properties";
    static final String SCRIPT = "decap-cms.js";

    /** The English page at admin/ and the Chinese one at admin/zh/: each names its configuration. */
    private record Language(String htmlLang, String decapLocale, String folder, String config, String title) {
    }

    private static final Language ENGLISH = new Language("en", "en", "", "config.yml",
            "TJMC International: editing");
    private static final Language CHINESE = new Language("zh-Hans", "zh_Hans", "zh/", "config.zh.yml",
            "同济医学院国际交流网站：编辑");

    /**
     * The stamp of the script last found to have the pin's sha512, by that sha512: the preview
     * publishes the script at every save in one JVM, and hashing 5 MB was most of a re-bake.
     */
    private static final Map<String, String> VERIFIED = new ConcurrentHashMap<>();

    static final List<SiteOutput> OUTPUTS = List.of(
            page(ENGLISH), page(CHINESE), config(ENGLISH), config(CHINESE),
            new SiteOutput(FOLDER + "/" + SCRIPT, AdminSite::script),
            pinned(SCRIPT + ".LICENSE.txt", SCRIPT + ".LICENSE.txt"),
            pinned("LICENSE", "LICENSE.txt"),
            // Apache applies a folder's .htaccess after the site's: the CMS's policy replaces the pages'
            SiteOutput.text(FOLDER + "/.htaccess", settings -> SecurityHeaders.apacheAdmin(settings.cms())));

    private AdminSite() {
    }

    private static SiteOutput page(Language language) {
        return new SiteOutput(FOLDER + "/" + language.folder() + "index.html", build -> page(language, build.settings(),
                pin(build.projectDir()).getProperty("script.integrity")).getBytes(StandardCharsets.UTF_8));
    }

    /** An entry page: no text of its own; Decap builds the interface into its body. */
    static String page(Language language, SiteSettings settings, String scriptIntegrity) {
        String up = language.folder().isEmpty() ? "" : "../";
        return "<!DOCTYPE html>\n<html lang=\"" + language.htmlLang() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + SecurityPolicy.adminMeta(settings.cms())
                + "\">\n<title>" + language.title() + "</title>\n"
                + "<link href=\"" + up + language.config() + "\" type=\"text/yaml\" rel=\"cms-config-url\">\n"
                + "</head>\n<body>\n<script src=\"" + up + SCRIPT + "\" integrity=\"" + scriptIntegrity
                + "\"></script>\n</body>\n</html>\n";
    }

    private static SiteOutput config(Language language) {
        return new SiteOutput(FOLDER + "/" + language.config(), build -> CmsConfig.utf8(build.projectDir(),
                build.jbake(), build.settings(), language.decapLocale()));
    }

    private static SiteOutput pinned(String file, String published) {
        return new SiteOutput(FOLDER + "/" + published, build -> read(build.projectDir().resolve(PINNED_FOLDER)
                .resolve(file)));
    }

    /** The pinned script, refused unless its sha512 is the pin's. */
    static byte[] script(SiteOutput.Build build) {
        Path file = build.projectDir().resolve(PINNED_FOLDER).resolve(SCRIPT);
        Properties pin = pin(build.projectDir());
        String stamp = stamp(file);
        byte[] script = read(file);
        if (stamp.equals(VERIFIED.get(pin.getProperty("script.integrity")))) {
            return script;
        }
        String integrity = integrity(script);
        if (integrity.equals(pin.getProperty("script.integrity"))) {
            VERIFIED.put(integrity, stamp);
        } else {
            throw new BuildStoppedException(PINNED_FOLDER + "/" + SCRIPT + " is not the Decap CMS "
                    + pin.getProperty("version") + " that " + PINNED_FOLDER + "/" + PIN_FILE + " pins (its sha512 is "
                    + integrity + "). Restore it with git, or pin a new version as " + PIN_FILE + " says.");
        }
        return script;
    }

    /** Where the file is, which file it is there, its size and when it was last written. */
    private static String stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return file.toAbsolutePath() + " " + attributes.fileKey() + " " + attributes.size() + " "
                    + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pin: package, version, npm's integrity of its tarball, and the script's. */
    public static Properties pin(Path projectDir) {
        Properties pin = new Properties();
        try (InputStream in = Files.newInputStream(projectDir.resolve(PINNED_FOLDER).resolve(PIN_FILE))) {
            pin.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pin;
    }

    /** In npm's and Subresource Integrity's form: sha512- and the digest in base64. */
    public static String integrity(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-512", e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
