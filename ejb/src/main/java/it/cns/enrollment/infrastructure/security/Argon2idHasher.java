package it.cns.enrollment.infrastructure.security;

import it.cns.enrollment.domain.credential.SecretHasher;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.PasswordConverter;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * The domain's {@link SecretHasher}: hashes secrets (PIN, password) with Argon2id (BouncyCastle), a
 * fresh 16-byte salt per secret and a 32-byte output, encoded as a PHC string:
 *
 * <pre>
 * $argon2id$v=19$m=&lt;KiB&gt;,t=&lt;iterations&gt;,p=&lt;parallelism&gt;$&lt;salt&gt;$&lt;hash&gt;
 * </pre>
 *
 * (salt and hash in Base64 without padding; the secret's characters are UTF-8 encoded). With a
 * {@link Pepper}, the parameters end in {@code ,keyid=<the pepper's id>} and the pepper is Argon2's
 * secret input: a database dump alone does not allow guessing even an 8-digit code offline.
 *
 * <p>New hashes use the parameters given here; by default, from the settings, the OWASP minimum for
 * Argon2id: {@code CNS_ARGON2_MEMORY_KIB} (19456 = 19 MiB), {@code CNS_ARGON2_ITERATIONS} (2),
 * {@code CNS_ARGON2_PARALLELISM} (1). {@link #verify} reads the parameters from the stored string,
 * so they can be raised later without invalidating existing hashes ({@link #needsRehash} tells when
 * a stored hash is weaker than the current settings), and compares in constant time ({@link
 * MessageDigest#isEqual}).
 *
 * <p>At most {@code CNS_ARGON2_CONCURRENCY} hashes (default: the number of processors) are computed
 * at once; further callers wait their turn (fairly). Each hash holds {@code m} KiB for its whole
 * run and keeps a core busy, so running more at once than there are cores adds no throughput but
 * multiplies the memory in use: 32 simultaneous enrollments held 32 × 19 MiB of a 768 MiB heap and
 * the server spent its time collecting garbage (BENCHMARKS.md, issue #7). Same parameters, same
 * work per hash: only the queueing changes.
 *
 * <p>{@link #hashEach} (an enrollment's PIN and password) computes the further secrets on helper
 * threads ({@link #hashInParallelOn}) only while the gate has a permit that nobody waits for - an
 * idle core - and otherwise one after the other on the caller's thread: under load it adds no
 * thread and no memory, and the gate bounds helpers and callers together (issue #19).
 */
public final class Argon2idHasher implements SecretHasher {

  public static final int DEFAULT_MEMORY_KIB = 19_456;
  public static final int DEFAULT_ITERATIONS = 2;
  public static final int DEFAULT_PARALLELISM = 1;

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;

  // Bounds for parameters read back from a stored string: a corrupted or hostile value must not
  // make a verification allocate gigabytes or spin for minutes.
  private static final int MAX_MEMORY_KIB = 1 << 20; // 1 GiB
  private static final int MAX_ITERATIONS = 64;
  private static final int MAX_PARALLELISM = 16;

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=([0-9]{1,8}),t=([0-9]{1,3}),p=([0-9]{1,3})"
              + "(?:,keyid=([A-Za-z0-9+/]{1,16}))?"
              + "\\$([A-Za-z0-9+/]{1,64})\\$([A-Za-z0-9+/]{1,128})");

  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  private final int memoryKib;
  private final int iterations;
  private final int parallelism;
  private final int concurrency;
  private final Semaphore running;
  private final Pepper pepper;
  private final SecureRandom random = new SecureRandom();
  private volatile String dummy;
  private volatile LongConsumer queueWaitNanos = nanos -> {};
  private volatile Executor helpers;
  private final AtomicInteger computing = new AtomicInteger();
  private final AtomicInteger peakComputing = new AtomicInteger();

  public Argon2idHasher(int memoryKib, int iterations, int parallelism) {
    this(memoryKib, iterations, parallelism, Runtime.getRuntime().availableProcessors());
  }

  /** As above, computing at most {@code concurrency} hashes at once. */
  public Argon2idHasher(int memoryKib, int iterations, int parallelism, int concurrency) {
    this(memoryKib, iterations, parallelism, concurrency, null);
  }

  /**
   * As above, keying every new hash with {@code pepper} (null: none, as hashes were made before
   * there was one).
   */
  public Argon2idHasher(
      int memoryKib, int iterations, int parallelism, int concurrency, Pepper pepper) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("Argon2 concurrency must be at least 1");
    }
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException("Argon2 parallelism must be 1-" + MAX_PARALLELISM);
    }
    if (iterations < 1 || iterations > MAX_ITERATIONS) {
      throw new IllegalArgumentException("Argon2 iterations must be 1-" + MAX_ITERATIONS);
    }
    if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
      throw new IllegalArgumentException(
          "Argon2 memory must be between 8 x parallelism and " + MAX_MEMORY_KIB + " KiB");
    }
    this.memoryKib = memoryKib;
    this.iterations = iterations;
    this.parallelism = parallelism;
    this.concurrency = concurrency;
    this.running = new Semaphore(concurrency, true);
    this.pepper = pepper;
  }

  /**
   * Tells {@code observer} how long each hash waited for its turn (nanoseconds): the sign that
   * {@code CNS_ARGON2_CONCURRENCY} is too low for the load, or the load too high for the node.
   */
  public void observeQueueWaits(LongConsumer observer) {
    this.queueWaitNanos = java.util.Objects.requireNonNull(observer, "observer is required");
  }

  /**
   * Lets {@link #hashEach} hand further secrets to {@code executor}'s threads when the gate has an
   * idle permit (the application server's managed executor: no thread of our own).
   */
  public void hashInParallelOn(Executor executor) {
    this.helpers = Objects.requireNonNull(executor, "executor is required");
  }

  public int memoryKib() {
    return memoryKib;
  }

  public int iterations() {
    return iterations;
  }

  public int parallelism() {
    return parallelism;
  }

  /** How many hashes may be computed at once. */
  public int concurrency() {
    return concurrency;
  }

  /** The PHC string of {@code secret} under a fresh salt and the current parameters. */
  @Override
  public String hash(char[] secret) {
    Objects.requireNonNull(secret, "secret is required");
    enterGate();
    try {
      return hashInsideGate(secret);
    } finally {
      running.release();
    }
  }

  /**
   * The hashes of {@code secrets} in order: the caller's thread waits its turn for the first, and
   * each further one goes to a helper thread if a permit is free at once with nobody waiting for
   * it, else the caller hashes it after the first (waiting its turn again). At most {@code
   * concurrency} hashes run at any time, helpers included.
   */
  @Override
  public String[] hashEach(char[]... secrets) {
    for (char[] secret : secrets) {
      Objects.requireNonNull(secret, "secret is required");
    }
    Executor pool = helpers;
    if (pool == null || secrets.length < 2) {
      return SecretHasher.super.hashEach(secrets);
    }
    String[] hashes = new String[secrets.length];
    @SuppressWarnings("unchecked")
    CompletableFuture<String>[] helped = new CompletableFuture[secrets.length];
    enterGate();
    try {
      for (int i = 1; i < secrets.length && enterGateIfIdle(); i++) {
        helped[i] = helpWith(pool, secrets[i]);
        if (helped[i] == null) {
          break;
        }
      }
      hashes[0] = hashInsideGate(secrets[0]);
    } finally {
      running.release();
    }
    try {
      for (int i = 1; i < secrets.length; i++) {
        if (helped[i] == null) {
          hashes[i] = hash(secrets[i]);
        }
      }
    } finally {
      // Never return (and let the caller wipe the secrets) while a helper still reads one.
      for (int i = 1; i < secrets.length; i++) {
        if (helped[i] != null) {
          hashes[i] = joined(helped[i]);
        }
      }
    }
    return hashes;
  }

  /** Runs one hash on {@code pool} holding the permit just taken; null if the pool refused it. */
  private CompletableFuture<String> helpWith(Executor pool, char[] secret) {
    CompletableFuture<String> result = new CompletableFuture<>();
    try {
      pool.execute(
          () -> {
            // The permit goes back before the result, so that a caller that got its answers
            // holds none of the gate.
            String hash;
            try {
              hash = hashInsideGate(secret);
            } catch (RuntimeException | Error e) {
              running.release();
              result.completeExceptionally(e);
              return;
            }
            running.release();
            result.complete(hash);
          });
      return result;
    } catch (RejectedExecutionException e) {
      running.release();
      return null;
    }
  }

  private static String joined(CompletableFuture<String> helped) {
    try {
      return helped.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private void enterGate() {
    long asked = System.nanoTime();
    running.acquireUninterruptibly();
    queueWaitNanos.accept(System.nanoTime() - asked);
  }

  /** A permit only if one is free and no caller waits for it (fair: helpers never overtake). */
  private boolean enterGateIfIdle() {
    try {
      if (running.tryAcquire(0, TimeUnit.NANOSECONDS)) {
        queueWaitNanos.accept(0);
        return true;
      }
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The most hashes that were ever being computed at once (the gate's bound, as observed). */
  int peakConcurrency() {
    return peakComputing.get();
  }

  /** The gate itself, for tests that occupy it. */
  Semaphore gate() {
    return running;
  }

  private String hashInsideGate(char[] secret) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] out =
        computeCounted(secret, salt, memoryKib, iterations, parallelism, HASH_BYTES, pepper);
    try {
      return "$argon2id$v=19$m="
          + memoryKib
          + ",t="
          + iterations
          + ",p="
          + parallelism
          + (pepper == null ? "" : ",keyid=" + pepper.id())
          + "$"
          + B64.encodeToString(salt)
          + "$"
          + B64.encodeToString(out);
    } finally {
      Arrays.fill(out, (byte) 0);
    }
  }

  /**
   * Whether {@code secret} is the one hashed in {@code encoded}, with the parameters written there.
   * A malformed or out-of-bounds encoding never matches (and raises nothing: a stored value cannot
   * be made to throw at login).
   */
  @Override
  public boolean verify(char[] secret, String encoded) {
    Objects.requireNonNull(secret, "secret is required");
    Parsed parsed = Parsed.of(encoded);
    if (parsed == null) {
      return false;
    }
    // Made under a pepper this server does not hold: it cannot be checked, so it does not match.
    Pepper keyedWith = parsed.keyId == null ? null : pepper;
    if (parsed.keyId != null && (pepper == null || !pepper.id().equals(parsed.keyId))) {
      return false;
    }
    byte[] actual =
        derive(
            secret,
            parsed.salt,
            parsed.memoryKib,
            parsed.iterations,
            parsed.parallelism,
            parsed.hash.length,
            keyedWith);
    try {
      return constantTimeEquals(actual, parsed.hash);
    } finally {
      Arrays.fill(actual, (byte) 0);
    }
  }

  /** Whether a stored hash was made with parameters other than the current ones. */
  @Override
  public boolean needsRehash(String encoded) {
    Parsed parsed = Parsed.of(encoded);
    return parsed == null
        || parsed.memoryKib != memoryKib
        || parsed.iterations != iterations
        || parsed.parallelism != parallelism
        || parsed.salt.length != SALT_BYTES
        || parsed.hash.length != HASH_BYTES
        // Made before the pepper (or under another one): replaced at the next successful use.
        || !Objects.equals(parsed.keyId, pepper == null ? null : pepper.id());
  }

  /**
   * A hash of a random secret under the current parameters, computed once. Checking a submitted
   * secret against it costs what checking against a real stored hash costs, so a refusal for an
   * unknown codice fiscale takes as long as one for a wrong password; it never matches anything.
   */
  @Override
  public String dummyHash() {
    String d = dummy;
    if (d == null) {
      char[] secret = new char[24];
      for (int i = 0; i < secret.length; i++) {
        secret[i] = (char) ('!' + random.nextInt(94));
      }
      d = hash(secret);
      Arrays.fill(secret, '\0');
      dummy = d;
    }
    return d;
  }

  /** The comparison every verification uses: time independent of where the bytes differ. */
  static boolean constantTimeEquals(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  private byte[] derive(
      char[] secret,
      byte[] salt,
      int memoryKib,
      int iterations,
      int parallelism,
      int length,
      Pepper keyedWith) {
    enterGate();
    try {
      return computeCounted(secret, salt, memoryKib, iterations, parallelism, length, keyedWith);
    } finally {
      running.release();
    }
  }

  private byte[] computeCounted(
      char[] secret,
      byte[] salt,
      int memoryKib,
      int iterations,
      int parallelism,
      int length,
      Pepper keyedWith) {
    peakComputing.accumulateAndGet(computing.incrementAndGet(), Math::max);
    try {
      return compute(secret, salt, memoryKib, iterations, parallelism, length, keyedWith);
    } finally {
      computing.decrementAndGet();
    }
  }

  private static byte[] compute(
      char[] secret,
      byte[] salt,
      int memoryKib,
      int iterations,
      int parallelism,
      int length,
      Pepper keyedWith) {
    Argon2Parameters.Builder builder =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(memoryKib)
            .withIterations(iterations)
            .withParallelism(parallelism)
            .withSalt(salt)
            .withCharToByteConverter(PasswordConverter.UTF8);
    byte[] key = keyedWith == null ? null : keyedWith.key();
    if (key != null) {
      // Argon2's secret input K (RFC 9106, 3.1): the pepper keys the hash itself.
      builder.withSecret(key);
    }
    Argon2Parameters parameters = builder.build();
    try {
      Argon2BytesGenerator generator = new Argon2BytesGenerator();
      generator.init(parameters);
      byte[] out = new byte[length];
      generator.generateBytes(secret, out);
      return out;
    } finally {
      parameters.clear();
      if (key != null) {
        Arrays.fill(key, (byte) 0);
      }
    }
  }

  private record Parsed(
      int memoryKib, int iterations, int parallelism, String keyId, byte[] salt, byte[] hash) {

    static Parsed of(String encoded) {
      if (encoded == null) {
        return null;
      }
      Matcher m = PHC.matcher(encoded);
      if (!m.matches()) {
        return null;
      }
      try {
        int memory = Integer.parseInt(m.group(1));
        int iterations = Integer.parseInt(m.group(2));
        int parallelism = Integer.parseInt(m.group(3));
        String keyId = m.group(4);
        byte[] salt = B64_DECODER.decode(m.group(5).getBytes(StandardCharsets.US_ASCII));
        byte[] hash = B64_DECODER.decode(m.group(6).getBytes(StandardCharsets.US_ASCII));
        if (parallelism < 1
            || parallelism > MAX_PARALLELISM
            || iterations < 1
            || iterations > MAX_ITERATIONS
            || memory < 8 * parallelism
            || memory > MAX_MEMORY_KIB
            || salt.length < 8
            || hash.length < 16) {
          return null;
        }
        return new Parsed(memory, iterations, parallelism, keyId, salt, hash);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  @Override
  public String toString() {
    return "SecretHasher[argon2id m="
        + memoryKib
        + " KiB, t="
        + iterations
        + ", p="
        + parallelism
        + (pepper == null ? "" : ", pepper " + pepper.id())
        + "]";
  }
}
