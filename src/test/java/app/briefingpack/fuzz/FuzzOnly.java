package app.briefingpack.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/** Skips the long fuzzing runs unless Maven runs with {@code -Pfuzz} (system property briefing.fuzz=true). */
public final class FuzzOnly implements SkipExecutionHook {
    @Override
    public SkipResult shouldBeSkipped(LifecycleContext context) {
        return Boolean.getBoolean("briefing.fuzz") ? SkipResult.doNotSkip() : SkipResult.skip("long fuzzing: mvn -Pfuzz");
    }
}
