package it.cns.enrollment.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The accessibility audit of a page in the real browser: axe-core (npm, pinned in web's
 * package-lock.json, read from web/node_modules by the build) injected into the page and run
 * against the WCAG 2.0/2.1 A and AA rules, plus axe's best practices.
 *
 * <p>A WCAG violation of impact serious or critical fails the test (collected over the pages of one
 * browser, thrown by {@link Chromium#close()}); every other finding (moderate or minor, and every
 * best practice) is written to {@code target/accessibility/<test class>-<language>.txt}, the list
 * to bring to zero. No rule is disabled: a rule that does not apply to a page would need a comment
 * here saying why.
 */
final class Accessibility {

  /** The rule sets of WCAG 2.1 level A and AA (axe tags the 2.0 and 2.1 rules apart). */
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Set<String> FAILING = Set.of("serious", "critical");

  /**
   * Runs axe and answers the violations as plain objects (Selenium turns them into maps and lists,
   * so no JSON library is needed): rule, impact, tags, help, and each offending node.
   */
  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, {
          runOnly: {type: 'tag', values: arguments[0]},
          resultTypes: ['violations']
        })
        .then(function (r) {
          done(r.violations.map(function (v) {
            return {
              id: v.id, impact: v.impact || 'minor', tags: v.tags.join(' '), help: v.help,
              nodes: v.nodes.map(function (n) {
                return n.target.join(' ') + '\\n        ' + n.html.substring(0, 300)
                  + '\\n        ' + (n.failureSummary || '').replace(/\\n/g, '\\n        ');
              })
            };
          }));
        })
        .catch(function (e) { done('axe failed: ' + e); });
      """;

  private static String script;

  /** Reports started by this test run: each is begun afresh, then appended to. */
  private static final Set<Path> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private final String name;
  private final List<String> failures = new ArrayList<>();

  /**
   * @param name the report's name: test class and language
   */
  Accessibility(String name) {
    this.name = name;
  }

  /** Audits the page now shown, recording what fails and reporting the rest. */
  void audit(WebDriver driver, String page) {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    if (!Boolean.TRUE.equals(js.executeScript("return typeof axe === 'object';"))) {
      js.executeScript(axeSource());
    }
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    List<String> tags = new ArrayList<>(WCAG);
    tags.add("best-practice");
    Object answer = js.executeAsyncScript(RUN, tags);
    if (!(answer instanceof List<?> violations)) {
      throw new IllegalStateException(page + ": " + answer);
    }
    StringBuilder report = new StringBuilder();
    report.append("== ").append(page).append("  ").append(driver.getCurrentUrl()).append('\n');
    for (Object each : violations) {
      Map<?, ?> v = (Map<?, ?>) each;
      String impact = String.valueOf(v.get("impact"));
      boolean wcag =
          List.of(String.valueOf(v.get("tags")).split(" ")).stream().anyMatch(WCAG::contains);
      String line =
          impact
              + " "
              + v.get("id")
              + " ["
              + v.get("tags")
              + "]: "
              + v.get("help")
              + '\n'
              + nodes(v.get("nodes"));
      if (wcag && FAILING.contains(impact)) {
        failures.add(page + " (" + driver.getCurrentUrl() + "): " + line);
        report.append("FAIL ");
      }
      report.append(line);
    }
    if (violations.isEmpty()) {
      report.append("no violation\n");
    }
    Object structure = js.executeScript(STRUCTURE);
    if (!String.valueOf(structure).isEmpty()) {
      failures.add(page + " (" + driver.getCurrentUrl() + "): structure: " + structure + "\n");
      report.append("FAIL structure: ").append(structure).append('\n');
    }
    write(report.toString());
  }

  /**
   * What axe does not check as such (issue #16): one h1 and one main on every page; on the pages of
   * the templates also the banner, the footer with the links a public administration's site must
   * have, and a skip link to the main content as the first thing the keyboard reaches.
   */
  private static final String STRUCTURE =
      """
      var problems = [];
      var count = function (selector) { return document.querySelectorAll(selector).length; };
      if (count('h1') !== 1) problems.push(count('h1') + ' h1 elements');
      if (count('main') !== 1) problems.push(count('main') + ' main elements');
      if (document.querySelector('.it-header-wrapper')) {
        if (count('header') < 1) problems.push('no header (banner)');
        if (count('footer') !== 1) problems.push(count('footer') + ' footer elements');
        ['footer-accessibility', 'footer-feedback', 'footer-privacy', 'footer-legal']
          .forEach(function (id) {
            var a = document.getElementById(id);
            if (!a || !a.closest('footer') || !a.getAttribute('href'))
              problems.push('no footer link ' + id);
          });
        var first = document.querySelector('a[href], button, input, select, textarea');
        if (!first || first.getAttribute('href') !== '#content' || !document.getElementById('content'))
          problems.push('the first focusable element is not the skip link to #content');
      }
      return problems.join('; ');
      """;

  /** WCAG 1.4.10 (reflow): nothing may need scrolling sideways at a phone's width. */
  void refuseHorizontalScrolling(WebDriver driver, String page) {
    Object overflow =
        ((JavascriptExecutor) driver)
            .executeScript(
                "var d = document.documentElement;"
                    + " return d.scrollWidth > d.clientWidth ? d.scrollWidth + ' > ' + d.clientWidth : '';");
    if (!String.valueOf(overflow).isEmpty()) {
      failures.add(page + ": scrolls sideways (" + overflow + " CSS pixels)\n");
      write("== " + page + "\nFAIL scrolls sideways: " + overflow + "\n");
    }
  }

  void assertNoSeriousViolations() {
    if (!failures.isEmpty()) {
      throw new AssertionError(
          failures.size()
              + " serious or critical accessibility violation(s) (report: "
              + reportFile()
              + "):\n"
              + String.join("\n", failures));
    }
  }

  private static String nodes(Object nodes) {
    StringBuilder text = new StringBuilder();
    for (Object node : (List<?>) nodes) {
      text.append("    ").append(node).append('\n');
    }
    return text.toString();
  }

  private void write(String text) {
    try {
      Files.createDirectories(reportFile().getParent());
      if (STARTED.add(reportFile())) {
        Files.deleteIfExists(reportFile());
      }
      Files.writeString(
          reportFile(),
          text,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path reportFile() {
    String configured = System.getProperty("it.accessibility.dir");
    Path dir =
        configured == null || configured.isBlank()
            ? Path.of("target", "accessibility").toAbsolutePath()
            : Path.of(configured);
    return dir.resolve(name + ".txt");
  }

  private static synchronized String axeSource() {
    if (script == null) {
      String configured = System.getProperty("it.axe.script");
      Path file =
          configured == null || configured.isBlank()
              ? Path.of("..", "web", "node_modules", "axe-core", "axe.min.js")
              : Path.of(configured);
      try {
        script = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "axe-core not found at " + file + " (the web build's npm ci installs it)", e);
      }
    }
    return script;
  }
}
