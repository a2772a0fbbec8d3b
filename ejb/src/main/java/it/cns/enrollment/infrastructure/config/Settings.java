package it.cns.enrollment.infrastructure.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Typed reads of the settings declared in {@link Setting}, from one source: MicroProfile Config in
 * the server (environment variables, system properties, mounted secret files), the process
 * environment in terminal tools, a map in tests. A blank value counts as unset; a value that cannot
 * be used fails with an {@link InvalidSettingException} naming the setting and the value.
 */
public final class Settings {

  private final Function<String, String> source;

  /** Settings looked up by name in {@code source} (null: unset). */
  public Settings(Function<String, String> source) {
    this.source = Objects.requireNonNull(source, "source is required");
  }

  /**
   * The process environment: for terminal tools that run outside the server ({@code ./cns
   * supervisor}), where MicroProfile Config is not available.
   */
  public static Settings environment() {
    return new Settings(System::getenv);
  }

  /** The value set, trimmed; empty when unset or blank (the default does not count). */
  public Optional<String> explicit(Setting setting) {
    String value = source.apply(setting.name());
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** The value set, or else the catalogue's literal default. */
  public Optional<String> get(Setting setting) {
    return explicit(setting).or(setting::defaultValue);
  }

  public boolean isSet(Setting setting) {
    return explicit(setting).isPresent();
  }

  /** The value set or its default; a setting with neither fails, saying it is required. */
  public String text(Setting setting) {
    return get(setting)
        .orElseThrow(() -> new InvalidSettingException(setting.name() + " is not set"));
  }

  /** A whole number from {@code min} to {@code max}. */
  public long number(Setting setting, long min, long max) {
    String value = text(setting);
    long n;
    try {
      n = Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw invalid(setting, value, "is not a whole number");
    }
    if (n < min || n > max) {
      throw invalid(setting, value, "is out of range " + min + ".." + max);
    }
    return n;
  }

  /** A whole number from {@code min} to {@code max}. */
  public int integer(Setting setting, int min, int max) {
    return (int) number(setting, min, max);
  }

  /** A port or a port offset: 0 to 65535. */
  public int port(Setting setting) {
    return integer(setting, 0, 65_535);
  }

  /** A constant of {@code type}, by name, in any case. */
  public <E extends Enum<E>> E enumValue(Setting setting, Class<E> type) {
    String value = text(setting);
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw invalid(setting, value, "is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** A file system path, if set (or defaulted). */
  public Optional<Path> path(Setting setting) {
    return get(setting).map(value -> path(setting, value));
  }

  /** A file system path, only if set explicitly. */
  public Optional<Path> explicitPath(Setting setting) {
    return explicit(setting).map(value -> path(setting, value));
  }

  private static Path path(Setting setting, String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw invalid(setting, value, "is not a path");
    }
  }

  /**
   * The application's settings that are set explicitly, for the log: {@code NAME=value, …}, a
   * secret as {@code NAME=(set)}.
   */
  public String explicitApplicationSettings() {
    StringJoiner set = new StringJoiner(", ");
    for (Setting setting : Setting.values()) {
      if (setting.readBy().application()) {
        explicit(setting)
            .ifPresent(v -> set.add(setting.name() + "=" + (setting.secret() ? "(set)" : v)));
      }
    }
    return set.length() == 0 ? "none" : set.toString();
  }

  /** The refusal of a value: {@code NAME=value why}, or without the value for a secret. */
  public static InvalidSettingException invalid(Setting setting, String value, String why) {
    return new InvalidSettingException(
        (setting.secret() ? setting.name() : setting.name() + "=" + value) + " " + why);
  }
}
