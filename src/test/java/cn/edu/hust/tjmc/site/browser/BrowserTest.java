package cn.edu.hust.tjmc.site.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class of the browser tier: tagged "browser" (run by {@code mvn verify -Pbrowser}
 * only) and given the {@link LocalSite} (nginx and Chromium, shared by all such classes) as a
 * test method parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(LocalSiteExtension.class)
public @interface BrowserTest {
}
