package cn.edu.hust.tjmc.site.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Marks a test class of the browser tier: tagged "browser" (run by {@code mvn verify -Pbrowser}
 * only) and given the {@link LocalSite} (nginx and Chromium, shared by all such classes) as a
 * test method parameter. The classes run one at a time (the lock on the shared Chromium), beside
 * the other site tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(LocalSiteExtension.class)
@ResourceLock(LocalSite.CHROMIUM)
public @interface BrowserTest {
}
