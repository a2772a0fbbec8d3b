/**
 * A small load generator for the benchmark of issue #7: HTTP/1.1 over {@code SSLSocket}s whose TLS
 * sessions it controls (a full handshake per connection, or keep-alive), closed-loop workers with
 * warm-up and a fixed measured window, exact latency percentiles and error counts, and the markdown
 * report.
 *
 * <p>Rule: it knows nothing of the application's internals: it talks to the server from outside, on
 * loopback only, with bounded loops that stop by themselves. What a scenario sends and what counts
 * as a success is decided by the caller ({@code it.cns.enrollment.it.LoadBenchmark}).
 */
package it.cns.enrollment.it.load;
