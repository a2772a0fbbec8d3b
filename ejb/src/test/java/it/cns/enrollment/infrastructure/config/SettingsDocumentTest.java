package it.cns.enrollment.infrastructure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue ({@link Setting}) is the one place settings are declared: {@code docs/settings.md}
 * is generated from it, and the server's CLI scripts must use its names and defaults. To regenerate
 * the document after changing the catalogue: {@code mvn test -pl ws-contracts, wildfly-config,ejb
 * -Dtest=SettingsDocumentTest -Dsurefire.failIfNoSpecifiedTests=false -Dcns.settings.write=true}.
 */
class SettingsDocumentTest {

  private static final Path DOCUMENT = Path.of("../docs/settings.md");
  private static final Path CLI = Path.of("../wildfly-config/src/main/cli");
  private static final Path ENV_TEMPLATE = Path.of("../wildfly-config/src/main/dist/cns.env");
  private static final Pattern NAME = Pattern.compile("\\bCNS_[A-Z0-9_]+");

  /**
   * What the server and the archive are made of: every {@code CNS_} name in them is a setting of
   * the catalogue (and so in the env template and docs/settings.md), or a prefix of some.
   */
  private static final List<Path> SERVER_SOURCES =
      List.of(
          Path.of("src/main"),
          Path.of("../web/src/main/java"),
          Path.of("../web/src/main/webapp"),
          Path.of("../web/src/main/resources"),
          CLI,
          ENV_TEMPLATE.getParent());

  /**
   * {@code CNS_} names there that are no setting: a certificate policy OID, a comment's example.
   */
  private static final Set<String> NOT_SETTINGS = Set.of("CNS_POLICY_OID", "CNS_X");

  static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Settings\n\n")
        .append(
            "<!-- Generated from ejb/src/main/java/it/cns/enrollment/infrastructure/config/"
                + "Setting.java\n     by SettingsDocumentTest (-Dcns.settings.write=true):"
                + " edit the catalogue, not this file. -->\n\n")
        .append(
            "Every setting is an environment variable of the WildFly process; `./cns` sets them."
                + "\n\n")
        .append(
            "- **server**: WildFly resolves it at boot from a `${env.NAME:default}` expression"
                + " in\n  `standalone.xml` (written by `wildfly-config/src/main/cli/*.cli`).\n")
        .append(
            "- **application**: read once at deployment through MicroProfile Config, into typed"
                + " records\n  (`infrastructure.config.Configuration`). Besides the environment,"
                + " a system property of the\n  same name (`-DCNS_MAIL_POLL_SECONDS=10`) or a"
                + " file of that name in `CNS_SECRETS_DIR` works. A\n  value that cannot be used"
                + " fails the deployment, naming the setting and the value.\n")
        .append("- **launcher**: read by `./cns` only.\n\n")
        .append("| setting | default | read by | meaning |\n")
        .append("|---|---|---|---|\n");
    for (Setting s : Setting.values()) {
      md.append("| `")
          .append(s.name())
          .append("` | ")
          .append(s.shownDefault())
          .append(" | ")
          .append(s.readBy().label())
          .append(" | ")
          .append(s.description())
          .append(s.secret() ? " (secret: never logged)" : "")
          .append(" |\n");
    }
    return md.toString();
  }

  /**
   * The environment file of the server archive (systemd {@code EnvironmentFile=}): every setting
   * the server or the application reads, with its meaning and default; required ones are left empty
   * to be filled in, the others commented out at their default. The launcher's are left out.
   */
  static String envTemplate() {
    StringBuilder env = new StringBuilder();
    env.append("# CNS Enrollment: environment of the server (systemd EnvironmentFile=).\n")
        .append(
            "# Generated from Setting.java by SettingsDocumentTest (-Dcns.settings.write=true);")
        .append(" docs/settings.md\n# has the same list. Fill in the required values, uncomment")
        .append(" what you change, keep\n# this file readable by the service user only (0600):")
        .append(" it holds secrets.\n");
    for (Setting s : Setting.values()) {
      if (s.readBy() == Setting.ReadBy.LAUNCHER) {
        continue;
      }
      env.append("\n# ")
          .append(s.description().replace("`", "").replace("\n", " "))
          .append(s.secret() ? " (secret)" : "")
          .append("\n# read by: ")
          .append(s.readBy().label())
          .append("; default: ")
          .append(s.shownDefault().replace("`", "").replace("**", ""))
          .append("\n");
      if (s.required()) {
        env.append(s.name()).append("=\n");
      } else {
        env.append("#")
            .append(s.name())
            .append("=")
            .append(s.defaultValue().orElse(""))
            .append("\n");
      }
    }
    return env.toString();
  }

  /**
   * The file {@code file} holds what {@code generator} makes of the catalogue; with {@code
   * -Dcns.settings.write=true} it is written first. Returns what was generated.
   */
  private static String generatedFromTheCatalogue(Path file, Supplier<String> generator)
      throws IOException {
    String expected = generator.get();
    if (Boolean.getBoolean("cns.settings.write")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as(file + " is out of date: regenerate it (see this test's class comment)")
        .isEqualTo(expected);
    return expected;
  }

  @Test
  void theEnvironmentTemplateIsGeneratedFromTheCatalogue() throws IOException {
    String expected = generatedFromTheCatalogue(ENV_TEMPLATE, SettingsDocumentTest::envTemplate);
    for (Setting s : Setting.values()) {
      if (s.readBy() != Setting.ReadBy.LAUNCHER) {
        assertThat(expected).as(s.name()).containsPattern("(?m)^#?" + s.name() + "=");
      }
    }
  }

  @Test
  void theDocumentIsGeneratedFromTheCatalogue() throws IOException {
    generatedFromTheCatalogue(DOCUMENT, SettingsDocumentTest::markdown);
  }

  @Test
  void everySettingAppearsInTheDocumentWithItsDefault() throws IOException {
    List<String> rows = Files.readAllLines(DOCUMENT, StandardCharsets.UTF_8);
    for (Setting s : Setting.values()) {
      assertThat(rows)
          .as(s.name() + " with its default")
          .anyMatch(row -> row.startsWith("| `" + s.name() + "` | " + s.shownDefault() + " |"));
    }
  }

  @Test
  void everySettingNamedInTheDocumentIsInTheCatalogue() throws IOException {
    assertThat(names(Files.readString(DOCUMENT, StandardCharsets.UTF_8))).isSubsetOf(catalogue());
  }

  @Test
  void everyNameTheServerAndTheArchiveUseIsACatalogueSetting() throws IOException {
    Set<String> catalogue = catalogue();
    Set<String> unknown = new TreeSet<>();
    int files = 0;
    for (Path root : SERVER_SOURCES) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          String text;
          try {
            text = Files.readString(file, StandardCharsets.UTF_8);
          } catch (java.nio.charset.MalformedInputException binary) {
            continue; // fonts, images
          }
          files++;
          for (String name : names(text)) {
            boolean known =
                name.endsWith("_")
                    ? catalogue.stream().anyMatch(s -> s.startsWith(name))
                    : catalogue.contains(name) || NOT_SETTINGS.contains(name);
            if (!known) {
              unknown.add(name + " in " + file);
            }
          }
        }
      }
    }
    assertThat(files).as("files read").isGreaterThan(100);
    assertThat(unknown).as("CNS_ names that are no setting of Setting.java").isEmpty();
  }

  @Test
  void theServerScriptsUseTheCatalogueNamesAndDefaults() throws IOException {
    List<String[]> expressions = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLI)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".cli")).toList()) {
        String commands =
            Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#"))
                .collect(Collectors.joining("\n"));
        expressions.addAll(envExpressions(commands));
      }
    }
    assertThat(expressions).isNotEmpty();
    Set<String> used = new TreeSet<>();
    for (String[] e : expressions) {
      String name = e[0];
      used.add(name);
      assertThat(catalogue()).as(name + " in the CLI scripts").contains(name);
      Setting s = Setting.valueOf(name);
      assertThat(s.readBy().server()).as(name + " is read by the server").isTrue();
      assertThat(s.defaultValue().orElse(null)).as(name + "'s default").isEqualTo(e[1]);
    }
    Set<String> server =
        Arrays.stream(Setting.values())
            .filter(s -> s.readBy().server())
            .map(Setting::name)
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(used).as("server settings the CLI scripts use").isEqualTo(server);
  }

  /**
   * {@code ${env.NAME:default}} expressions: name and default (null when none); nesting allowed.
   */
  static List<String[]> envExpressions(String text) {
    List<String[]> found = new ArrayList<>();
    int from = 0;
    while ((from = text.indexOf("${env.", from)) >= 0) {
      int depth = 0;
      int end = from;
      for (int i = from; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          end = i;
          break;
        }
      }
      String body = text.substring(from + "${env.".length(), end);
      int colon = body.indexOf(':');
      found.add(
          colon < 0
              ? new String[] {body, null}
              : new String[] {body.substring(0, colon), body.substring(colon + 1)});
      from = end;
    }
    return found;
  }

  @Test
  void readsNestedExpressions() {
    assertThat(envExpressions("a=\"${env.CNS_A:${jboss.x}/pki}/b\" c=${env.CNS_B}"))
        .containsExactly(new String[] {"CNS_A", "${jboss.x}/pki"}, new String[] {"CNS_B", null});
  }

  private static Set<String> names(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      names.add(m.group());
    }
    return names;
  }

  private static Set<String> catalogue() {
    return Arrays.stream(Setting.values())
        .map(Setting::name)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
