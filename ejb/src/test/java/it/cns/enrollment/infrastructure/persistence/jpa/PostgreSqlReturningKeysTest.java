package it.cns.enrollment.infrastructure.persistence.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The identity id comes back with the INSERT (issue #19). The driver returns every column of the
 * new row and EclipseLink reads the first as the id, so each table an identity entity lives in must
 * start with its {@code id} column.
 */
class PostgreSqlReturningKeysTest {

  private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

  @Test
  void thePersistenceUnitUsesThePlatformThatReadsTheIdFromTheInsert() throws IOException {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(xml)
        .containsPattern(
            "name=\"eclipselink.target-database\"\\s+value=\""
                + Pattern.quote(PostgreSqlReturningKeys.class.getName())
                + "\"");
    assertThat(new PostgreSqlReturningKeys().supportsReturnGeneratedKeys()).isTrue();
  }

  @Test
  void everyIdentityTableStartsWithItsIdColumn() throws Exception {
    List<String> tables = identityTables();
    assertThat(tables).contains("audit_event", "account", "smartcard_binding");
    String sql = allMigrations();
    for (String table : tables) {
      Matcher m =
          Pattern.compile(
                  "create table " + table + "\\s*\\(\\s*(?:--[^\\n]*\\n\\s*)*(\\w+)",
                  Pattern.CASE_INSENSITIVE)
              .matcher(sql);
      assertThat(m.find()).as("create table %s in the migrations", table).isTrue();
      assertThat(m.group(1).toLowerCase(Locale.ROOT))
          .as("first column of %s", table)
          .isEqualTo("id");
    }
  }

  /** The tables of the persistence unit's entities whose id is an identity column. */
  private List<String> identityTables() throws Exception {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/META-INF/persistence.xml")) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> out = new ArrayList<>();
    Matcher classes = Pattern.compile("<class>([\\w.]+)</class>").matcher(xml);
    while (classes.find()) {
      Class<?> type = Class.forName(classes.group(1));
      Table table = type.getAnnotation(Table.class);
      boolean identity =
          Arrays.stream(type.getDeclaredFields())
              .map(f -> f.getAnnotation(GeneratedValue.class))
              .anyMatch(g -> g != null && g.strategy() == GenerationType.IDENTITY);
      if (identity && table != null) {
        out.add(table.name());
      }
    }
    return out;
  }

  private static String allMigrations() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".sql")).sorted().toList()) {
        all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }
}
