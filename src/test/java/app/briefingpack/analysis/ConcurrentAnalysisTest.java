package app.briefingpack.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import app.briefingpack.model.Article;
import app.briefingpack.model.Briefing;
import app.briefingpack.model.Metadata;

/** One shared analyser, several threads, two different articles at once: every result equals the one-thread result. */
class ConcurrentAnalysisTest {

    @Test
    void sharedModelsGiveTheSameBriefingOnEveryThread() throws Exception {
        Analyser analyser = new Analyser();
        Article sample = TestArticles.sample();
        Article story = TestArticles.of("flood.txt", Metadata.empty(), OtherArticleAnalysisTest.STORY);
        Briefing expectedSample = analyser.analyse(sample);
        Briefing expectedStory = analyser.analyse(story);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Briefing>> samples = new ArrayList<>();
            List<Future<Briefing>> stories = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                samples.add(pool.submit(() -> analyser.analyse(sample)));
                stories.add(pool.submit(() -> new Analyser().analyse(story)));
            }
            for (Future<Briefing> f : samples) assertThat(f.get()).isEqualTo(expectedSample);
            for (Future<Briefing> f : stories) assertThat(f.get()).isEqualTo(expectedStory);
        } finally {
            pool.shutdownNow();
        }
    }
}
