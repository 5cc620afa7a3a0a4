package app.gutlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatestOnlyTest {

    private final OutOfOrderTaskRunner tasks = new OutOfOrderTaskRunner();
    private final LatestOnly latest = new LatestOnly(tasks);
    private final List<String> seen = new ArrayList<>();

    private void ask(String answer) {
        latest.run("asking", progress -> answer, seen::add, error -> seen.add("failed: " + error.getMessage()));
    }

    @Test
    void onlyTheLatestRequestsResultIsUsedInWhateverOrderTheWorkEnds() {
        ask("first");
        ask("second");
        ask("third");

        tasks.finish(2);
        tasks.finish(0);
        tasks.finish(0);

        assertThat(seen).containsExactly("third");
    }

    @Test
    void aFailureOfAnOlderRequestIsDroppedToo() {
        latest.<String>run("failing", progress -> {
            throw new IllegalStateException("old");
        }, seen::add, error -> seen.add("failed: " + error.getMessage()));
        ask("new");

        tasks.finishNewestFirst();

        assertThat(seen).containsExactly("new");
    }

    @Test
    void forgettingDropsTheRequestStillRunning() {
        ask("stale");
        latest.forget();

        tasks.finishNewestFirst();

        assertThat(seen).isEmpty();
    }
}
