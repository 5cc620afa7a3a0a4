package app.gutlog.ui.shared;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;

/**
 * Builds a large piece of a page a few steps per frame. Each new node is styled and laid out in the frame that first
 * shows it, and a page of hundreds of controls styled in one frame would hold the FX thread for far longer than a
 * frame; spread over several frames, the window keeps answering while the page fills in from the top.
 */
public final class Gradually {

    private static final String RUNNING_KEY = Gradually.class.getName();

    private Gradually() {}

    /**
     * Runs {@code steps} in order, {@code perFrame} of them in each frame, then {@code whenDone}. Starting again on
     * the same {@code owner} drops the steps of the earlier start that have not run yet.
     */
    public static void run(Node owner, List<Runnable> steps, int perFrame, Runnable whenDone) {
        if (owner.getProperties().get(RUNNING_KEY) instanceof AnimationTimer earlier) {
            earlier.stop();
        }
        Queue<Runnable> waiting = new ArrayDeque<>(steps);
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (int i = 0; i < perFrame && !waiting.isEmpty(); i++) {
                    waiting.remove().run();
                }
                if (waiting.isEmpty()) {
                    stop();
                    owner.getProperties().remove(RUNNING_KEY, this);
                    whenDone.run();
                }
            }
        };
        owner.getProperties().put(RUNNING_KEY, timer);
        timer.start();
    }
}
