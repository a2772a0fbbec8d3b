package it.cns.enrollment.it;

import it.cns.enrollment.devpki.DevPki;
import it.cns.enrollment.devpki.IssuedCredential;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium driven through chromedriver, with or without a card.
 *
 * <p>Chromium reads client certificates and extra CAs only from {@code $HOME/.pki/nssdb}: every
 * browser gets a HOME of its own with an NSS database holding the test server CA and, with a card,
 * the card's PKCS#12. With a certificate in the database chromium would wait forever on its
 * (invisible) certificate picker, so a managed policy ({@code AutoSelectCertificateForUrls}) that
 * picks the card of the test CNS issuer on the smartcard listener is written before chromium starts
 * and removed on {@link #close()}. Screenshots go to {@code target/screenshots/<test class>/}.
 */
final class Chromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path POLICY_DIR = Path.of("/etc/chromium/policies/managed");
  private static final Duration WAIT = Duration.ofSeconds(15);
  // For journeys that must not fail because the shared machine is slow: only an answer that never
  // comes fails them (the wait ends when the next page is there, not after a fixed time).
  private static final Duration PATIENT = Duration.ofMinutes(3);
  private static final String NSS_PASSWORD = "it-only-throwaway-nss";

  private final Path home;
  private final Path policy;
  private final Path screenshots;
  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Accessibility accessibility;

  private Chromium(Class<?> testClass, IssuedCredential card, String language) {
    screenshots = screenshotDir().resolve(testClass.getSimpleName());
    accessibility = new Accessibility(testClass.getSimpleName() + "-" + language);
    try {
      home = Files.createTempDirectory("cns-it-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      Path nssdb = Files.createDirectories(home.resolve(".pki/nssdb"));
      String db = "sql:" + nssdb;
      run("certutil", "-N", "-d", db, "--empty-password");
      run(
          "certutil",
          "-A",
          "-d",
          db,
          "-n",
          "cns-it-server-ca",
          "-t",
          "CT,C,C",
          "-i",
          ItEnvironment.pkiDir().resolve(DevPki.SERVER_CA_CERT).toString());
      if (card != null) {
        Path p12 = home.resolve("card.p12");
        card.writePkcs12(p12, "card", NSS_PASSWORD.toCharArray());
        run("pk12util", "-d", db, "-i", p12.toString(), "-W", NSS_PASSWORD);
        Files.delete(p12);
      }
      // Always before chromium starts (a certificate no policy matches hangs headless chromium).
      policy = writePolicy();
    } catch (IOException e) {
      deleteTree(home);
      throw new UncheckedIOException(e);
    }

    ChromeDriverService started = null;
    ChromeDriver browser = null;
    try {
      started =
          new ChromeDriverService.Builder()
              .usingDriverExecutable(CHROMEDRIVER.toFile())
              .usingAnyFreePort()
              .withEnvironment(Map.of("HOME", home.toString()))
              .build();
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--no-sandbox",
          "--headless=new",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-dev-shm-usage",
          "--window-size=1280,1024",
          // Bootstrap's smooth scrolling would still be moving the page when a click lands.
          "--force-prefers-reduced-motion",
          "--lang=" + region(language),
          "--user-data-dir=" + home.resolve("profile"));
      options.setExperimentalOption(
          "prefs",
          Map.of(
              "intl.accept_languages",
              region(language) + "," + language,
              // Downloads (the activation form) land in this browser's own HOME, unasked.
              "download.default_directory",
              home.resolve("downloads").toString(),
              "download.prompt_for_download",
              false));
      browser = new ChromeDriver(started, options);
      browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    } catch (RuntimeException e) {
      if (browser != null) {
        browser.quit();
      }
      if (started != null) {
        started.stop();
      }
      cleanUp();
      throw e;
    }
    service = started;
    driver = browser;
  }

  /** A browser presenting this card on the smartcard listener (chosen by the managed policy). */
  static Chromium withCard(Class<?> testClass, IssuedCredential card) {
    return new Chromium(testClass, card, "it");
  }

  /** The same with a browser asking for this language ("it" or "en") first. */
  static Chromium withCard(Class<?> testClass, IssuedCredential card, String language) {
    return new Chromium(testClass, card, language);
  }

  /** A browser with no certificate at all, like one without a card in the reader. */
  static Chromium withoutCard(Class<?> testClass) {
    return new Chromium(testClass, null, "it");
  }

  /** The same with a browser asking for this language ("it" or "en") first. */
  static Chromium withoutCard(Class<?> testClass, String language) {
    return new Chromium(testClass, null, language);
  }

  private static String region(String language) {
    return switch (language) {
      case "it" -> "it-IT";
      case "en" -> "en-GB";
      default -> throw new IllegalArgumentException("no pages in " + language);
    };
  }

  static boolean installed() {
    return Files.isExecutable(CHROMIUM)
        && Files.isExecutable(CHROMEDRIVER)
        && Files.isExecutable(Path.of("/usr/bin/certutil"))
        && Files.isExecutable(Path.of("/usr/bin/pk12util"));
  }

  void open(String url) {
    driver.get(url);
    noteShownSecrets();
  }

  /**
   * The PIN and initial password the page now shown holds, if any, into {@link ShownSecrets}
   * (called after every navigation this class makes, whether the test reads them or not).
   */
  private void noteShownSecrets() {
    try {
      ShownSecrets.fromPage(driver.getPageSource(), "the page " + currentPath() + " in chromium");
    } catch (org.openqa.selenium.WebDriverException pageGoingAway) {
      // A page being replaced at this instant: the next navigation's call reads the new one.
    }
  }

  /**
   * Saves the current page as {@code <name>.png} and returns the file, after auditing the page with
   * axe-core (every page a test looks at is audited; see {@link Accessibility}).
   */
  Path screenshot(String name) {
    accessibility.audit(driver, name);
    return save(name);
  }

  /**
   * The page at a phone's width (360 CSS pixels, the narrowest common one): saved as {@code
   * <name>-narrow.png}, audited again (reflow, WCAG 1.4.10) and refused if it scrolls sideways. The
   * window gets its desktop size back afterwards.
   */
  Path screenshotNarrow(String name) {
    org.openqa.selenium.Dimension wide = driver.manage().window().getSize();
    try {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(360, 800));
      accessibility.audit(driver, name + "-narrow");
      accessibility.refuseHorizontalScrolling(driver, name + "-narrow");
      return save(name + "-narrow");
    } finally {
      driver.manage().window().setSize(wide);
    }
  }

  /**
   * The whole page, not only the window: saved as {@code <name>.png} with the window made as tall
   * as the document, after auditing it with axe-core like {@link #screenshot}; the window gets its
   * size back afterwards.
   */
  Path screenshotWhole(String name) {
    accessibility.audit(driver, name);
    org.openqa.selenium.Dimension window = driver.manage().window().getSize();
    try {
      long height =
          ((Number) driver.executeScript("return document.documentElement.scrollHeight;"))
              .longValue();
      driver
          .manage()
          .window()
          .setSize(
              new org.openqa.selenium.Dimension(
                  window.getWidth(), (int) Math.min(12_000, height + 160)));
      return save(name);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  // --- the keyboard alone (KeyboardJourneyIT) ----------------------------------------------------

  /** Presses a key (Tab, Enter, Space...) where the focus is, as a person at the keyboard would. */
  void press(CharSequence key) {
    new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
  }

  /** Presses a key that submits a form or follows a link, and waits for the next page. */
  void pressAndWait(CharSequence key) {
    WebElement page = driver.findElement(By.tagName("html"));
    press(key);
    new WebDriverWait(driver, WAIT).until(d -> gone(page));
    noteShownSecrets();
  }

  void tab() {
    press(org.openqa.selenium.Keys.TAB);
  }

  /** The id of the focused element ("" when it has none). */
  String focused() {
    return String.valueOf(driver.executeScript("return document.activeElement.id || '';"));
  }

  /** The href of the focused element, if it is a link. */
  String focusedHref() {
    return String.valueOf(
        driver.executeScript("return document.activeElement.getAttribute('href') || '';"));
  }

  /** The ids focused by the next {@code n} presses of Tab. */
  java.util.List<String> tabStops(int n) {
    java.util.List<String> stops = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      tab();
      stops.add(focused());
    }
    return stops;
  }

  /** The ids focused by the next {@code n} presses of Shift-Tab. */
  java.util.List<String> shiftTabStops(int n) {
    java.util.List<String> stops = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Shift held down while Tab is pressed (a chord sent as one key does not move the focus).
      new org.openqa.selenium.interactions.Actions(driver)
          .keyDown(org.openqa.selenium.Keys.SHIFT)
          .sendKeys(org.openqa.selenium.Keys.TAB)
          .keyUp(org.openqa.selenium.Keys.SHIFT)
          .perform();
      stops.add(focused());
    }
    return stops;
  }

  /** Presses Tab until the element with this id has the focus, at most {@code max} times. */
  boolean tabUntil(String id, int max) {
    for (int i = 0; i < max; i++) {
      tab();
      if (id.equals(focused())) {
        return true;
      }
    }
    return false;
  }

  /** Replaces the value of the focused field with this text, typed. */
  void typeInFocused(String value) {
    WebElement field = driver.switchTo().activeElement();
    ShownSecrets.typed(field.getDomAttribute("id"), value, "a field typed in chromium");
    field.clear();
    field.sendKeys(value);
  }

  /** The browser itself, for the keyboard tests (focus, keys) that need more than ids. */
  ChromeDriver driver() {
    return driver;
  }

  private Path save(String name) {
    try {
      Files.createDirectories(screenshots);
      Path file = screenshots.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The trimmed text of the element with this id, waiting for it to appear. */
  String text(String id) {
    String text = element(id).getText().trim();
    if (id.startsWith("issued-")) { // read off a page reached by a way noteShownSecrets missed
      ShownSecrets.fromPage("id=\"" + id + "\">" + text + "<", "the page " + currentPath());
    }
    return text;
  }

  String attribute(String id, String name) {
    return element(id).getDomAttribute(name);
  }

  boolean present(String id) {
    return !driver.findElements(By.id(id)).isEmpty();
  }

  /** Clicks the element with this id (JSF ids contain ':', fine for By.id). */
  void click(String id) {
    WebElement element = element(id);
    element.click();
    new WebDriverWait(driver, WAIT).until(d -> gone(element));
    noteShownSecrets();
  }

  /**
   * Clicks the element with this id and waits, patiently, for the element {@code expected} of the
   * page that follows (the click's page replaced and the next one there): for journeys that must
   * not depend on how busy the machine is.
   */
  void clickAndAwait(String id, String expected) {
    WebElement element = element(id);
    element.click();
    new WebDriverWait(driver, PATIENT).until(d -> gone(element));
    new WebDriverWait(driver, PATIENT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id(expected)));
    noteShownSecrets();
  }

  /**
   * Whether the page that held the element was replaced. ChromeDriver sometimes reports a replaced
   * node as an inspector error ("does not belong to the document") instead of a stale reference.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException e) {
      return true;
    } catch (org.openqa.selenium.WebDriverException e) {
      if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
        return true;
      }
      throw e;
    }
  }

  /** Clicks an element that starts a download: the page stays, nothing goes stale. */
  void clickToDownload(String id) {
    element(id).click();
  }

  /** Ticks the checkbox or radio button with this id (unless it is ticked already). */
  void check(String id) {
    WebElement box = element(id);
    if (!box.isSelected()) {
      // With the keyboard, as many operators do: focus, then the space bar.
      box.sendKeys(org.openqa.selenium.Keys.SPACE);
    }
    if (!box.isSelected()) {
      throw new IllegalStateException(id + " did not get ticked");
    }
  }

  /** Chooses the option with this value in the select with this id. */
  void select(String id, String value) {
    new org.openqa.selenium.support.ui.Select(element(id)).selectByValue(value);
  }

  /**
   * Waits for a finished download whose name ends with {@code suffix} (chromium writes a
   * .crdownload file first) and returns its bytes.
   */
  byte[] awaitDownload(String suffix) throws InterruptedException {
    Path dir = home.resolve("downloads");
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.isDirectory(dir) ? Files.list(dir) : Stream.empty()) {
        List<Path> present = files.toList();
        // Chromium reserves the final name with an empty file, writes into a .crdownload file and
        // renames it over the placeholder when done: wait for that.
        boolean writing =
            present.stream().anyMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
        java.util.Optional<Path> done =
            present.stream().filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
        if (!writing && done.isPresent() && Files.size(done.get()) > 0) {
          return Files.readAllBytes(done.get());
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("no download ending in " + suffix + " in " + dir);
  }

  /** Types into the input with this id, replacing what it held. */
  void type(String id, String value) {
    ShownSecrets.typed(id, value, "a field typed in chromium");
    WebElement input = element(id);
    input.clear();
    input.sendKeys(value);
  }

  /** Chooses this file in the file input with this id, as a person picking it would. */
  void attach(String id, Path file) {
    element(id).sendKeys(file.toAbsolutePath().toString());
  }

  /** The path of the page now shown. */
  String currentPath() {
    return java.net.URI.create(driver.getCurrentUrl()).getPath();
  }

  String documentLanguage() {
    return driver.findElement(By.tagName("html")).getDomAttribute("lang");
  }

  private WebElement element(String id) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
  }

  /**
   * Quits the browser, then fails if any page audited showed a serious or critical accessibility
   * violation (after the browser is gone, so a failure leaves no chromium behind).
   */
  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try {
        service.stop();
      } finally {
        cleanUp();
      }
    }
    accessibility.assertNoSeriousViolations();
  }

  private void cleanUp() {
    try {
      if (policy != null) {
        Files.deleteIfExists(policy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(home);
    }
  }

  /**
   * AutoSelectCertificateForUrls for the smartcard listener, choosing certificates issued by the
   * test CNS issuer. Each list entry is a JSON string (an object there crashes chromium).
   */
  private static Path writePolicy() throws IOException {
    String rule =
        "{\"pattern\":\"https://localhost:"
            + ItEnvironment.smartcardPort()
            + "\",\"filter\":{\"ISSUER\":{\"CN\":\""
            + DevPki.CNS_CA_NAME
            + "\"}}}";
    String json =
        "{\"AutoSelectCertificateForUrls\": [\""
            + rule.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\"]}\n";
    Files.createDirectories(POLICY_DIR);
    Path file = POLICY_DIR.resolve("cns-it-" + UUID.randomUUID() + ".json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }

  private static Path screenshotDir() {
    String configured = System.getProperty("it.screenshots.dir");
    return configured == null || configured.isBlank()
        ? Path.of("target", "screenshots").toAbsolutePath()
        : Path.of(configured);
  }

  private static void run(String... command) throws IOException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IOException(String.join(" ", command) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IOException(String.join(" ", command) + " interrupted", e);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
