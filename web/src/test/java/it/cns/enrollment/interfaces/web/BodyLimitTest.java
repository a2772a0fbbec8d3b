package it.cns.enrollment.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

  @Test
  void readsABodyUpToTheLimitAndStopsPastIt() throws Exception {
    assertThat(BodyLimit.readAtMost(new ByteArrayInputStream(new byte[100]), 100)).hasSize(100);
    assertThat(BodyLimit.readAtMost(new ByteArrayInputStream(new byte[101]), 100)).isNull();
    assertThat(BodyLimit.readAtMost(new ByteArrayInputStream(new byte[0]), 100)).isEmpty();
  }
}
