package app.briefingpack.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The package rules of docs/ARCHITECTURE.md, checked over the compiled main classes: the stages
 * depend one way. The same rules run over a small set of fixture classes that break each of them,
 * so a rule that could never fail (a misspelt package name, say) is caught too.
 */
class PackageRulesTest {

    private static final String ROOT = "app.briefingpack";
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(ROOT);
    }

    /** The rules for the packages under {@code root}. */
    static List<ArchRule> rules(String root) {
        return List.of(
                noClasses().that().resideInAPackage(root + ".layout..")
                        .should().dependOnClassesThat().resideInAnyPackage(root + ".model..", root + ".documents..")
                        .because("layout is the engine: blocks in, frames out"),
                noClasses().that().resideInAPackage(root + ".pdf..")
                        .should().dependOnClassesThat().resideInAnyPackage(root + ".analysis..", root + ".documents..",
                                root + ".model..", root + ".corrections..")
                        .because("pdf only writes laid-out pages"),
                noClasses().that().resideInAPackage(root + ".analysis..")
                        .should().dependOnClassesThat().resideInAnyPackage(root + ".documents..", root + ".layout..",
                                root + ".pdf..", root + ".speech..", root + ".corrections..", root + ".pack..",
                                root + ".cli..", root + ".epub..", root + ".braille..")
                        .because("analysis makes a Briefing and knows nothing of what is made from it"),
                classes().that().resideInAPackage(root + ".model..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage(root + ".model..", "java..")
                        .because("the model is plain records every stage shares")
                        .allowEmptyShould(true),
                slices().matching(root + ".(*)..").should().beFreeOfCycles()
                        .because("stages depend one way"));
    }

    @Test
    void theMainClassesKeepEveryRule() {
        for (ArchRule rule : rules(ROOT)) rule.check(main);
    }

    @Test
    void eachRuleFailsOnClassesThatBreakIt() {
        String fixture = ROOT + ".architecture.fixture";
        JavaClasses broken = new ClassFileImporter().importPackages(fixture);
        List<ArchRule> rules = rules(fixture);
        // layout.EngineUsingModel imports model; documents.Builder and layout.Callback form a cycle.
        assertThatThrownBy(() -> rules.get(0).check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("EngineUsingModel");
        assertThatThrownBy(() -> rules.get(4).check(broken)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle");
    }
}
