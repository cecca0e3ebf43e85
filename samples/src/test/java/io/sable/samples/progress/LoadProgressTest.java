package io.sable.samples.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class LoadProgressTest {

  @Test
  void line_saysWritesSoFarOfTheTotalAndTheRate() {
    try (LoadProgress progress = LoadProgress.manual(new PrintWriter(new StringWriter()), "http://localhost:8000",
        43_376)) {
      progress.written(10_000);
      progress.written(2_400);

      assertThat(progress.line(4_000_000_000L))
          .isEqualTo("loading into http://localhost:8000: 12,400 of 43,376 writes (28%), 3,100 writes/s");
    }
  }

  @Test
  void written_whenCalledFromManyThreads_countsEveryWrite() throws Exception {
    try (LoadProgress progress = LoadProgress.manual(new PrintWriter(new StringWriter()), "x", 8_000)) {
      Thread[] threads = new Thread[8];
      for (int t = 0; t < threads.length; t++) {
        threads[t] = new Thread(() -> {
          for (int i = 0; i < 1_000; i++) {
            progress.written(1);
          }
        });
        threads[t].start();
      }
      for (Thread thread : threads) {
        thread.join();
      }

      assertThat(progress.line(1_000_000_000L)).contains("8,000 of 8,000 writes (100%)");
    }
  }
}
