package app.briefingpack.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SafeYamlTest {

    @Test
    void loadsPlainMapsAndKeepsScalarsAsTextWhenAsked() {
        assertThat(SafeYaml.load("a: 1\nb: No\n", "f.yaml", 1, 1024, 5, false)).isEqualTo(Map.of("a", 1, "b", false));
        assertThat(SafeYaml.load("a: 1\nb: No\nc: 2005-02-30\n", "f.yaml", 1, 1024, 5, true))
                .isEqualTo(Map.of("a", "1", "b", "No", "c", "2005-02-30"));
    }

    @Test
    void refusesDuplicateKeysTagsAliasFloodsAndSizeWithOneLineNamingThePlace() {
        assertThatThrownBy(() -> SafeYaml.load("a: 1\nb: 2\na: 3\n", "f.yaml", 5, 1024, 5, false))
                .isInstanceOf(SafeYaml.Problem.class)
                .hasMessageStartingWith("f.yaml: line 7, column 1: found duplicate key a");
        assertThatThrownBy(() -> SafeYaml.load("!!java.io.File [\"/etc/passwd\"]\n", "f.yaml", 1, 1024, 5, false))
                .isInstanceOf(SafeYaml.Problem.class).hasMessageStartingWith("f.yaml: ");
        String laughs = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c, *c]\n";
        assertThatThrownBy(() -> SafeYaml.load(laughs, "f.yaml", 1, 1024, 5, false)).isInstanceOf(SafeYaml.Problem.class);
        assertThatThrownBy(() -> SafeYaml.load("a: " + "x".repeat(2000), "f.yaml", 1, 1024, 5, false))
                .isInstanceOf(SafeYaml.Problem.class).hasMessage("f.yaml: larger than 1 KB");
        for (String bad : new String[] {"a: [", "a: 1\n a: 2\nb", "\"open"})
            assertThatThrownBy(() -> SafeYaml.load(bad, "f.yaml", 1, 1024, 5, false))
                    .isInstanceOf(SafeYaml.Problem.class).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
