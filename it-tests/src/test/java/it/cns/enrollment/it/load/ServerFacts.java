package it.cns.enrollment.it.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;

/**
 * What the server says about itself: boot time ("started in" of its log), how long each deployment
 * took (the log's "Starting deployment of" to "Deployed" lines), its JVM, and heap in use (the
 * management API's platform memory MBean), read after the run and again after a full GC.
 */
public final class ServerFacts {

  private static final Pattern STARTED = Pattern.compile("WFLYSRV0025: (.*) started in (\\d+)ms");
  private static final DateTimeFormatter LOG_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss,SSS");

  private final ModelControllerClient client;

  public ServerFacts(ModelControllerClient client) {
    this.client = client;
  }

  /** "WildFly Full 39… started in 5123 ms", or what was missing. */
  public static String boot(Path serverLog) {
    try {
      Matcher m = STARTED.matcher(Files.readString(serverLog, StandardCharsets.UTF_8));
      String last = null;
      while (m.find()) {
        last = m.group(2) + " ms (" + m.group(1).replaceAll("\\s*\\(.*", "") + ")";
      }
      return last == null ? "no 'started in' line in " + serverLog : last;
    } catch (IOException e) {
      return "cannot read " + serverLog + ": " + e.getMessage();
    }
  }

  /** Per deployment name, the time from "Starting deployment of" to "Deployed", from the log. */
  public static Map<String, Duration> deployTimes(Path serverLog, List<String> names) {
    Map<String, Duration> out = new LinkedHashMap<>();
    try {
      List<String> lines = Files.readAllLines(serverLog, StandardCharsets.UTF_8);
      for (String name : names) {
        LocalDateTime start = null;
        LocalDateTime end = null;
        for (String line : lines) {
          if (line.length() < 23) {
            continue;
          }
          if (line.contains("WFLYSRV0027: Starting deployment of \"" + name + "\"")) {
            start = time(line);
            end = null;
          } else if (line.contains("WFLYSRV0010: Deployed \"" + name + "\"") && start != null) {
            end = time(line);
          }
        }
        if (start != null && end != null) {
          out.put(name, Duration.between(start, end));
        }
      }
    } catch (IOException | RuntimeException e) {
      // reported as missing
    }
    return out;
  }

  private static LocalDateTime time(String line) {
    return LocalDateTime.parse(line.substring(0, 23), LOG_TIME);
  }

  /** Heap used/committed/max in MiB, optionally after asking the server JVM for a full GC. */
  public String heap(boolean afterGc) throws IOException {
    if (afterGc) {
      execute(operation("gc", "memory"));
    }
    ModelNode op = operation("read-attribute", "memory");
    op.get("name").set("heap-memory-usage");
    ModelNode usage = execute(op);
    return String.format(
        java.util.Locale.ROOT,
        "%d MiB used, %d MiB committed, %d MiB max",
        usage.get("used").asLong() >> 20,
        usage.get("committed").asLong() >> 20,
        usage.get("max").asLong() >> 20);
  }

  /** The server JVM's name, version and arguments. */
  public String jvm() throws IOException {
    return runtime("vm-name").asString()
        + " "
        + runtime("vm-version").asString()
        + "; arguments: "
        + runtime("input-arguments").asList().stream()
            .map(ModelNode::asString)
            .filter(a -> a.startsWith("-X") || a.startsWith("-XX"))
            .toList();
  }

  private ModelNode runtime(String attribute) throws IOException {
    ModelNode op = operation("read-attribute", "runtime");
    op.get("name").set(attribute);
    return execute(op);
  }

  private static ModelNode operation(String name, String mbean) {
    ModelNode op = new ModelNode();
    op.get("operation").set(name);
    op.get("address").add("core-service", "platform-mbean").add("type", mbean);
    return op;
  }

  private ModelNode execute(ModelNode op) throws IOException {
    ModelNode answer = client.execute(op);
    if (!"success".equals(answer.get("outcome").asString())) {
      throw new IOException("management operation failed: " + answer);
    }
    return answer.get("result");
  }
}
